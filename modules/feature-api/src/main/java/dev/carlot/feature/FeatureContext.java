package dev.carlot.feature;

import dev.carlot.persistence.Persistence;
import io.helidon.config.Config;
import java.time.Clock;

/**
 * What a feature is given: the opened database, the application's configuration (a feature
 * reads its own subtree, e.g. {@code carlot.accounts}), the clock to take "now" from and the
 * runtime's {@link Background} for periodic work.
 */
public record FeatureContext(Persistence persistence, Config config, Clock clock, Background background) {

    /** A context without background work, for registering routes alone (as tests do). */
    public FeatureContext(Persistence persistence, Config config, Clock clock) {
        this(persistence, config, clock, Background.NONE);
    }
}
