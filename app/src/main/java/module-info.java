/**
 * Carlot's runtime: reads the configuration, opens the backend it names, serves every
 * feature found on the module path behind one Helidon WebServer (authentication, error
 * answers, health, metrics, OpenAPI) and runs the command line ({@code serve}, {@code migrate},
 * {@code seed}). It names no backend and no feature: both are found at run time, so dropping
 * a module from the module path removes it.
 *
 * @uses dev.carlot.persistence.PersistenceProvider
 * @uses dev.carlot.feature.Feature
 * @uses dev.carlot.feature.PasswordHashing
 */
module dev.carlot.app {
    requires dev.carlot.backupfiles;
    requires dev.carlot.feature;
    requires io.helidon.config.yaml;
    requires io.helidon.health;
    requires io.helidon.logging.jul;
    requires io.helidon.metrics.api;
    requires io.helidon.webserver.observe;
    requires io.helidon.webserver.observe.health;
    requires io.helidon.webserver.observe.metrics;
    requires java.logging;
    // sun.misc.Signal: a clean stop on SIGTERM before the JVM's shutdown hooks run
    requires jdk.unsupported;

    uses dev.carlot.persistence.PersistenceProvider;
    uses dev.carlot.feature.Feature;
    // the demo seed hashes through the accounts feature
    uses dev.carlot.feature.PasswordHashing;
}
