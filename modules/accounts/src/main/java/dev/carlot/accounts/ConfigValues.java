package dev.carlot.accounts;

import io.helidon.config.Config;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Reads the accounts feature's settings from {@code carlot.accounts.*}, naming the full key in every refusal. */
final class ConfigValues {
    static final String PREFIX = "carlot.accounts.";

    private ConfigValues() {
    }

    /** A positive whole number at {@code carlot.accounts.<key>}, or {@code fallback}. */
    static int positive(Config config, String key, int fallback) {
        String text = config.get(PREFIX + key).asString().map(String::strip).orElse(String.valueOf(fallback));
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + key + " must be a whole number, not '" + text + "'");
        }
        if (value <= 0) {
            throw new IllegalArgumentException(PREFIX + key + " must be positive, not " + value);
        }
        return value;
    }

    /** A positive ISO-8601 duration at {@code carlot.accounts.<key>}, or {@code fallback}. */
    static Duration duration(Config config, String key, Duration fallback) {
        String text = config.get(PREFIX + key).asString().map(String::strip).orElse(fallback.toString());
        Duration value;
        try {
            value = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PREFIX + key + " must be an ISO-8601 duration such as PT15M, not '"
                    + text + "'");
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(PREFIX + key + " must be a positive duration, not " + value);
        }
        return value;
    }
}
