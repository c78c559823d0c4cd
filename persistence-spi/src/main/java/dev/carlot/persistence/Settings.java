package dev.carlot.persistence;

import java.util.Map;
import java.util.Optional;

/**
 * What a backend is opened with: a flat map of string keys, so that the runtime can fill it
 * from configuration without knowing which backend reads which key.
 */
public record Settings(Map<String, String> values) {
    /** JDBC URL or {@code postgres://} URL of a networked server. */
    public static final String URL = "url";
    public static final String USER = "user";
    public static final String PASSWORD = "password";
    /** The embedded backend's data directory. */
    public static final String DATA_DIR = "data-dir";
    /** Maximum connections in the pool. */
    public static final String POOL_SIZE = "pool-size";

    public Settings {
        values = Map.copyOf(values);
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public String require(String key) {
        return get(key).orElseThrow(() -> new InvalidDataException("missing setting '" + key + "'"));
    }

    public int intValue(String key, int fallback) {
        String text = get(key).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidDataException("setting '" + key + "' must be a whole number, not '" + text + "'");
        }
    }

    /** A copy with one key replaced, for a backend that wraps another. */
    public Settings with(String key, String value) {
        var copy = new java.util.HashMap<>(values);
        copy.put(key, value);
        return new Settings(copy);
    }
}
