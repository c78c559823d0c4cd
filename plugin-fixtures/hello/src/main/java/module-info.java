/**
 * A test plugin: GET /api/hello answers its library's version, its configured greeting and
 * whether its start hook ran.
 *
 * @provides dev.carlot.feature.Feature with the hello route
 */
module dev.carlot.fixture.hello {
    requires dev.carlot.feature;
    requires dev.carlot.fixture.lib;

    provides dev.carlot.feature.Feature with dev.carlot.fixture.hello.HelloFeature;
}
