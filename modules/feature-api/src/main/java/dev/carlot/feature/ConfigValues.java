package dev.carlot.feature;

import io.helidon.config.Config;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way a feature reads its settings: typed values from nodes of its own configuration
 * section ({@link FeatureContext#config()}), each refusal naming the full key (such as
 * {@code carlot.accounts.bcrypt-cost}) and what a good value looks like. Values are stripped
 * first, as an environment variable often carries a stray space.
 */
public final class ConfigValues {

    private ConfigValues() {
    }

    /** The node's text, stripped; empty when unset or blank. */
    public static Optional<String> text(Config node) {
        return node.asString().asOptional().map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * A whole number at {@code node}, or {@code fallback} when unset.
     *
     * @throws IllegalArgumentException naming the key, when the value is not a whole number
     */
    public static int whole(Config node, int fallback) {
        String text = text(node).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(node.key() + " must be a whole number, not '" + text + "'");
        }
    }

    /**
     * A whole number from {@code min} to {@code max} at {@code node}, or {@code fallback} when unset.
     *
     * @throws IllegalArgumentException naming the key, when the value is not a whole number in that range
     */
    public static int whole(Config node, int fallback, int min, int max) {
        String text = text(node).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(node.key() + " must be a whole number from " + min + " to " + max
                + ", not '" + text + "'");
    }

    /**
     * A yes-or-no setting at {@code node} ({@code true}/{@code false}, {@code yes}/{@code no},
     * {@code on}/{@code off}, {@code 1}/{@code 0}, in any case), or {@code fallback} when unset.
     *
     * @throws IllegalArgumentException naming the key, when the value is none of those words
     */
    public static boolean flag(Config node, boolean fallback) {
        String text = text(node).orElse(null);
        if (text == null) {
            return fallback;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException(node.key() + " must be true or false, not '" + text + "'");
        };
    }

    /**
     * A positive whole number at {@code node}, or {@code fallback} when unset.
     *
     * @throws IllegalArgumentException naming the key, when the value is not a positive whole number
     */
    public static int positive(Config node, int fallback) {
        int value = whole(node, fallback);
        if (value <= 0) {
            throw new IllegalArgumentException(node.key() + " must be positive, not " + value);
        }
        return value;
    }

    /**
     * A positive ISO-8601 duration at {@code node}, or {@code fallback} when unset.
     *
     * @throws IllegalArgumentException naming the key, when the value is not a positive duration
     */
    public static Duration duration(Config node, Duration fallback) {
        String text = text(node).orElse(null);
        Duration value;
        try {
            value = text == null ? fallback : Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(node.key() + " must be an ISO-8601 duration such as PT15M or P2D, not '"
                    + text + "'");
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(node.key() + " must be a positive duration, not " + value);
        }
        return value;
    }
}
