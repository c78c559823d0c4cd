package dev.carlot.accounts;

import dev.carlot.feature.ConfigValues;
import io.helidon.config.Config;
import java.time.Duration;

/**
 * How many registrations one client address may attempt per window, from
 * {@code carlot.accounts.register-limit.*}.
 *
 * @param perClient attempts that passed validation, from one address ({@code client-attempts}, 10)
 * @param window    how long the count lasts from the address's first attempt ({@code window}, PT1H)
 */
record RegistrationLimits(int perClient, Duration window) {

    /** Reads {@code register-limit.*} of the accounts section. */
    static RegistrationLimits from(Config accounts) {
        Config config = accounts.get("register-limit");
        return new RegistrationLimits(ConfigValues.positive(config.get("client-attempts"), 10),
                ConfigValues.duration(config.get("window"), Duration.ofHours(1)));
    }
}
