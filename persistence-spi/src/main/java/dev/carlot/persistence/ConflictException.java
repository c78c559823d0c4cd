package dev.carlot.persistence;

/**
 * The write contradicts a rule of the data: a unique value taken, a record still referenced,
 * a state that does not allow the change. {@link #conflict()} says which rule, so callers can
 * tell conflicts apart; the message is the backend's general sentence, which a caller that
 * knows the user's context replaces with its own.
 */
public final class ConflictException extends PersistenceException {
    private final Conflict conflict;

    /** A conflict of the given kind, described by {@code message}. */
    public ConflictException(Conflict conflict, String message) {
        this(conflict, message, null);
    }

    /** A conflict of the given kind, described by {@code message}, that {@code cause} reported. */
    public ConflictException(Conflict conflict, String message, Throwable cause) {
        super(message, cause);
        this.conflict = conflict;
    }

    /** Which rule the write ran into. */
    public Conflict conflict() {
        return conflict;
    }
}
