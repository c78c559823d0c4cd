package dev.carlot.accounts;

import io.helidon.config.Config;
import java.time.Duration;

/**
 * How many sign-in attempts {@link LoginThrottle} lets through per window, from
 * {@code carlot.accounts.login-limit.*}. An attempt counts as it starts; one with the right
 * password is taken back.
 *
 * @param perAccountClient attempts at one account from one client address ({@code account-client-failures}, 5)
 * @param perClient        attempts from one client address at any accounts ({@code client-failures}, 20);
 *                         larger, because several people may share an address
 * @param perAccount       the soft limit of attempts at one account from all addresses ({@code account-failures},
 *                         20): beyond it an address that already tried this account in the window is refused,
 *                         one that has not may still try
 * @param window           how long the counts last from a key's first attempt ({@code window}, PT15M)
 */
record LoginLimits(int perAccountClient, int perClient, int perAccount, Duration window) {
    private static final String KEY = "login-limit.";

    static LoginLimits defaults() {
        return new LoginLimits(5, 20, 20, Duration.ofMinutes(15));
    }

    static LoginLimits from(Config config) {
        LoginLimits d = defaults();
        return new LoginLimits(
                ConfigValues.positive(config, KEY + "account-client-failures", d.perAccountClient()),
                ConfigValues.positive(config, KEY + "client-failures", d.perClient()),
                ConfigValues.positive(config, KEY + "account-failures", d.perAccount()),
                ConfigValues.duration(config, KEY + "window", d.window()));
    }
}
