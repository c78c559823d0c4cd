package dev.carlot.persistence;

/**
 * The closed set of failures a backend reports. The HTTP layer maps each kind to one status
 * code; the message is a sentence a user can act on and never contains SQL.
 */
public abstract sealed class PersistenceException extends RuntimeException
        permits NotFoundException, ConflictException, UnavailableException, InvalidDataException {

    protected PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
