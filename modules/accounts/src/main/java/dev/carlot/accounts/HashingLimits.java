package dev.carlot.accounts;

import dev.carlot.feature.ConfigValues;
import io.helidon.config.Config;
import java.time.Duration;

/**
 * How much password hashing may run at once, from {@code carlot.accounts.hashing.*}.
 *
 * @param concurrency hashes or checks at once ({@code concurrency}, half the processors, at least one):
 *                    bcrypt holds a core for its whole run, so the other half stays free for every other request
 * @param maxWait     how long a request waits for its turn before it gets 503 ({@code max-wait}, PT1S)
 */
record HashingLimits(int concurrency, Duration maxWait) {

    static int defaultConcurrency() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** Reads {@code hashing.*} of the accounts section. */
    static HashingLimits from(Config accounts) {
        Config config = accounts.get("hashing");
        return new HashingLimits(ConfigValues.positive(config.get("concurrency"), defaultConcurrency()),
                ConfigValues.duration(config.get("max-wait"), Duration.ofSeconds(1)));
    }
}
