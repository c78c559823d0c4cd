package dev.carlot.persistence;

/** The database cannot serve now (connection lost, timeout, disk full); retrying later may work. */
public final class UnavailableException extends PersistenceException {
    private final boolean diskFull;

    public UnavailableException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public UnavailableException(String message) {
        this(message, null, false);
    }

    private UnavailableException(String message, Throwable cause, boolean diskFull) {
        super(message, cause);
        this.diskFull = diskFull;
    }

    /** The database has no space left to store changes; reads may still work. */
    public static UnavailableException diskFull(String message, Throwable cause) {
        return new UnavailableException(message, cause, true);
    }

    /** Whether the cause is a full disk, which an operator has to free, rather than a passing outage. */
    public boolean diskFull() {
        return diskFull;
    }
}
