package dev.carlot.accounts;

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
    private static final String KEY = "hashing.";

    static int defaultConcurrency() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    static HashingLimits from(Config config) {
        return new HashingLimits(ConfigValues.positive(config, KEY + "concurrency", defaultConcurrency()),
                ConfigValues.duration(config, KEY + "max-wait", Duration.ofSeconds(1)));
    }
}
