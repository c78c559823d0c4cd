package dev.carlot.accounts;

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
    private static final String KEY = "register-limit.";

    static RegistrationLimits from(Config config) {
        return new RegistrationLimits(ConfigValues.positive(config, KEY + "client-attempts", 10),
                ConfigValues.duration(config, KEY + "window", Duration.ofHours(1)));
    }
}
