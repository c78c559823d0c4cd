package dev.carlot.feature;

import io.helidon.config.Config;
import java.time.Duration;
import java.time.format.DateTimeParseException;
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
