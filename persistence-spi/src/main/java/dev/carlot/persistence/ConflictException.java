package dev.carlot.persistence;

/**
 * The write contradicts a rule of the data: a unique value taken, a record still referenced,
 * a state that does not allow the change. {@link #conflict()} says which rule, so callers can
 * tell conflicts apart; the message is the backend's general sentence, which a caller that
 * knows the user's context replaces with its own.
 */
public final class ConflictException extends PersistenceException {
    private final Conflict conflict;
    private final String constraint;

    /** A conflict of the given kind, described by {@code message}. */
    public ConflictException(Conflict conflict, String message) {
        this(conflict, message, null);
    }

    /** A conflict of the given kind, described by {@code message}, that {@code cause} reported. */
    public ConflictException(Conflict conflict, String message, Throwable cause) {
        this(conflict, message, cause, null);
    }

    /**
     * A conflict with the constraint {@code constraint} of a plugin's own schema
     * ({@link Conflict#PLUGIN_CONSTRAINT}), described by {@code message}.
     */
    public static ConflictException ofPluginConstraint(String constraint, String message, Throwable cause) {
        return new ConflictException(Conflict.PLUGIN_CONSTRAINT, message, cause, constraint);
    }

    private ConflictException(Conflict conflict, String message, Throwable cause, String constraint) {
        super(message, cause);
        this.conflict = conflict;
        this.constraint = constraint;
    }

    /** Which rule the write ran into. */
    public Conflict conflict() {
        return conflict;
    }

    /**
     * The name of the plugin's constraint the write ran into, for {@link Conflict#PLUGIN_CONSTRAINT}
     * (a plugin maps its own constraint names to its own sentences); empty for core conflicts,
     * whose constraints are the backend's business.
     */
    public java.util.Optional<String> constraint() {
        return java.util.Optional.ofNullable(constraint);
    }
}
