package dev.carlot.feature;

import dev.carlot.persistence.Persistence;
import io.helidon.config.Config;
import java.time.Clock;

/**
 * What a feature is given: the opened database, the application's configuration (a feature
 * reads its own subtree, e.g. {@code carlot.accounts}) and the clock to take "now" from.
 */
public record FeatureContext(Persistence persistence, Config config, Clock clock) {
}
