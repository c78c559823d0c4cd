/**
 * A test plugin: GET /api/greet answers its library's version.
 *
 * @provides dev.carlot.feature.Feature with the greet route
 */
module dev.carlot.fixture.greet {
    requires dev.carlot.feature;
    requires dev.carlot.fixture.lib;

    provides dev.carlot.feature.Feature with dev.carlot.fixture.greet.GreetFeature;
}
