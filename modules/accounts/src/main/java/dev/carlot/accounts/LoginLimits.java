package dev.carlot.accounts;

import io.helidon.config.Config;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * How hard {@link LoginThrottle} pushes back, from {@code carlot.accounts.login-limit.*}.
 *
 * @param perAccount failures of one email within the window before it is refused ({@code account-failures}, 5)
 * @param perClient  failures from one client address within the window ({@code client-failures}, 20); larger,
 *                   because several people may share an address
 * @param window     how long after its last failure a key forgets its failures ({@code window}, PT15M)
 * @param firstBlock the first refusal ({@code first-block}, PT30S); it doubles with every further failure
 * @param maxBlock   the longest refusal ({@code max-block}, PT15M)
 * @param maxKeys    the most emails, and the most client addresses, remembered ({@code max-keys}, 10000)
 */
record LoginLimits(int perAccount, int perClient, Duration window, Duration firstBlock, Duration maxBlock,
        int maxKeys) {
    private static final String PREFIX = "carlot.accounts.login-limit.";

    LoginLimits {
        positive("account-failures", perAccount);
        positive("client-failures", perClient);
        positive("max-keys", maxKeys);
        positive("window", window);
        positive("first-block", firstBlock);
        positive("max-block", maxBlock);
    }

    static LoginLimits defaults() {
        return new LoginLimits(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15), 10_000);
    }

    static LoginLimits from(Config config) {
        Config limit = config.get("carlot.accounts.login-limit");
        LoginLimits d = defaults();
        return new LoginLimits(
                count(limit, "account-failures", d.perAccount()),
                count(limit, "client-failures", d.perClient()),
                duration(limit, "window", d.window()),
                duration(limit, "first-block", d.firstBlock()),
                duration(limit, "max-block", d.maxBlock()),
                count(limit, "max-keys", d.maxKeys()));
    }

    private static int count(Config limit, String key, int fallback) {
        String text = limit.get(key).asString().map(String::strip).orElse(String.valueOf(fallback));
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + key + " must be a whole number, not '" + text + "'");
        }
    }

    private static Duration duration(Config limit, String key, Duration fallback) {
        String text = limit.get(key).asString().map(String::strip).orElse(fallback.toString());
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PREFIX + key + " must be an ISO-8601 duration such as PT15M, not '"
                    + text + "'");
        }
    }

    private static void positive(String key, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(PREFIX + key + " must be positive, not " + value);
        }
    }

    private static void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(PREFIX + key + " must be a positive duration, not " + value);
        }
    }
}
