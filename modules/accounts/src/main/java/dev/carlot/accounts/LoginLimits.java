package dev.carlot.accounts;

import dev.carlot.feature.ConfigValues;
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

    static LoginLimits defaults() {
        return new LoginLimits(5, 20, 20, Duration.ofMinutes(15));
    }

    /** Reads {@code login-limit.*} of the accounts section. */
    static LoginLimits from(Config accounts) {
        Config config = accounts.get("login-limit");
        LoginLimits d = defaults();
        return new LoginLimits(
                ConfigValues.positive(config.get("account-client-failures"), d.perAccountClient()),
                ConfigValues.positive(config.get("client-failures"), d.perClient()),
                ConfigValues.positive(config.get("account-failures"), d.perAccount()),
                ConfigValues.duration(config.get("window"), d.window()));
    }
}
