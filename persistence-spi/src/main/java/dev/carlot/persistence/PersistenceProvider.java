package dev.carlot.persistence;

/**
 * A backend, found by {@link java.util.ServiceLoader} and selected by {@link #name()}.
 */
public interface PersistenceProvider {

    /** The name configuration selects this backend by, such as {@code postgres}. */
    String name();

    /**
     * Opens the backend: after this returns, the database has answered a real round trip.
     *
     * @throws UnavailableException when the database cannot be reached
     * @throws InvalidDataException when the settings are malformed
     */
    Persistence open(Settings settings);

    /**
     * The settings a short-lived command (migrate, seed, backup ...) opens the database with,
     * where a running server may hold it. By default the same settings; a backend whose
     * database one process owns (the embedded one) adds what lets the command talk to that
     * process instead of being refused.
     */
    default Settings besideRunningServer(Settings settings) {
        return settings;
    }
}
