package dev.carlot.app;

/** The command line itself is wrong: an unknown command or option. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
