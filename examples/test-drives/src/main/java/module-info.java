/**
 * An example Carlot plugin: buyers book test drives of available cars, one per car and hour;
 * sellers confirm or decline them. Its data lives in its own schema, under its own role.
 *
 * @provides dev.carlot.feature.Feature the {@code test-drives} feature
 */
module dev.carlot.examples.testdrives {
    requires dev.carlot.feature;

    provides dev.carlot.feature.Feature with dev.carlot.examples.testdrives.TestDrivesFeature;
}
