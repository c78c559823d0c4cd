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
    /**
     * Optional URL of the schema's owner, for migrations, backups and restores; the pool then
     * uses {@link #URL} (with {@link #USER}/{@link #PASSWORD}), a role that only reads and writes rows.
     */
    public static final String MIGRATION_URL = "migration-url";
    /** The owner's user and password, winning over those in {@link #MIGRATION_URL}. */
    public static final String MIGRATION_USER = "migration-user";
    public static final String MIGRATION_PASSWORD = "migration-password";
    /**
     * Optional URL of a streaming replica of {@link #URL}: plain reads of reading requests go there
     * ({@link Persistence#within}). Without credentials of its own it logs in as {@link #USER}.
     */
    public static final String READ_URL = "read-url";
    /** How far (an ISO-8601 duration, default PT5S) the replica may lag before reads skip it. */
    public static final String READ_MAX_LAG = "read-max-lag";
    /**
     * {@code true}: the owner creates the pool's login role ({@link #USER}) when it is missing and
     * sets its password to {@link #PASSWORD}. For a cluster Carlot runs itself.
     */
    public static final String CREATE_APPLICATION_ROLE = "create-application-role";

    public Settings {
        values = Map.copyOf(values);
    }

    /** The settings {@code values} hold, by key. */
    public static Settings of(Map<String, String> values) {
        return new Settings(values);
    }

    /** The value of {@code key}, or empty when it is absent or blank. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    /** The value of {@code key}; an {@link InvalidDataException} naming the key when it is absent or blank. */
    public String require(String key) {
        return get(key).orElseThrow(() -> new InvalidDataException("missing setting '" + key + "'"));
    }

    /** The whole number {@code key} holds, or {@code fallback} when it is absent. */
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
