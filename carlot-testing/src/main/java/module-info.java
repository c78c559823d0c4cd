/**
 * For plugin authors: {@link dev.carlot.testing.WithCarlot} starts a real Carlot, in a process of
 * its own, with the plugin under test in its plugins directory, for the tests of a class.
 */
module dev.carlot.testing {
    requires transitive org.junit.jupiter.api;
    requires transitive java.net.http;

    exports dev.carlot.testing;
}
