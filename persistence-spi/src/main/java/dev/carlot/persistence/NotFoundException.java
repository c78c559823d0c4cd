package dev.carlot.persistence;

/** The record asked for, or one it refers to, does not exist. */
public final class NotFoundException extends PersistenceException {
    public NotFoundException(String message) {
        super(message, null);
    }
}
