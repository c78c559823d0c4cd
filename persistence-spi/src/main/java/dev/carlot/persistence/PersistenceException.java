package dev.carlot.persistence;

/**
 * The closed set of failures a backend reports. The HTTP layer maps each kind to one status
 * code; the message is a sentence a user can act on and never contains SQL.
 */
public abstract sealed class PersistenceException extends RuntimeException
        permits NotFoundException, ConflictException, UnavailableException, InvalidDataException,
        dev.carlot.persistence.plugin.PluginAccessDeniedException {

    /** A failure described by {@code message}, which {@code cause} (may be null) reported. */
    protected PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
