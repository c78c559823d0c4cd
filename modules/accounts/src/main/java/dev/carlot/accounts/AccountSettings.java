package dev.carlot.accounts;

import dev.carlot.feature.ConfigValues;
import io.helidon.config.Config;
import java.time.Duration;

/**
 * The accounts feature's configuration, read once at start from {@code carlot.accounts.*}.
 *
 * @param bcryptCost log2 of bcrypt's work factor ({@code bcrypt-cost}, default 12)
 * @param tokenTtl   how long a token from register or login stays valid ({@code token-ttl},
 *                   an ISO-8601 duration, default {@code P7D})
 */
record AccountSettings(int bcryptCost, Duration tokenTtl) {
    static final int DEFAULT_COST = 12;
    static final Duration DEFAULT_TTL = Duration.ofDays(7);
    // jbcrypt refuses anything outside 4..30.
    private static final int MIN_COST = 4;
    private static final int MAX_COST = 30;

    AccountSettings {
        if (bcryptCost < MIN_COST || bcryptCost > MAX_COST) {
            throw new IllegalArgumentException("carlot.accounts.bcrypt-cost must be between " + MIN_COST + " and "
                    + MAX_COST + ", not " + bcryptCost);
        }
        if (tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("carlot.accounts.token-ttl must be a positive duration, not " + tokenTtl);
        }
    }

    /** Reads the accounts section, {@code carlot.accounts}. */
    static AccountSettings from(Config config) {
        return new AccountSettings(ConfigValues.positive(config.get("bcrypt-cost"), DEFAULT_COST),
                ConfigValues.duration(config.get("token-ttl"), DEFAULT_TTL));
    }
}
