package dev.carlot.persistence;

/** The data or settings are not acceptable to the database (out of range, malformed). */
public final class InvalidDataException extends PersistenceException {
    public InvalidDataException(String message) {
        super(message, null);
    }

    public InvalidDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
