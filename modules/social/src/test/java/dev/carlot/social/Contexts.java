package dev.carlot.social;

import dev.carlot.feature.FeatureContext;
import dev.carlot.persistence.testing.RefusingPersistence;
import io.helidon.config.Config;
import java.time.Clock;

/**
 * The one place this module's tests build a {@link FeatureContext}: when its shape changes, only
 * this line does. Its persistence fails any call that would reach the database, so a test that
 * registers routes also asserts that registering needs none.
 */
final class Contexts {

    private Contexts() {
    }

    static FeatureContext forRegistering(Config config) {
        return new FeatureContext(RefusingPersistence.create(), config, Clock.systemUTC());
    }
}
