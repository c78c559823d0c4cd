package dev.carlot.persistence;

/**
 * The write contradicts a rule of the data: a unique value taken, a record still referenced,
 * a state that does not allow the change. {@link #constraint()} names the rule (the schema's
 * constraint name where there is one) so callers can tell conflicts apart.
 */
public final class ConflictException extends PersistenceException {
    private final String constraint;

    public ConflictException(String constraint, String message) {
        this(constraint, message, null);
    }

    public ConflictException(String constraint, String message, Throwable cause) {
        super(message, cause);
        this.constraint = constraint;
    }

    public String constraint() {
        return constraint;
    }
}
