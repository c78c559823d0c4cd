package dev.carlot.persistence;

/** The database cannot serve now (connection lost, timeout, disk full); retrying later may work. */
public final class UnavailableException extends PersistenceException {
    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnavailableException(String message) {
        super(message, null);
    }
}
