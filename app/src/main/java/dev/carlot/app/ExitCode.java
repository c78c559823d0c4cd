package dev.carlot.app;

/** How {@code carlot} ends; documented in {@code carlot help} and README.md. */
public enum ExitCode {
    /** The command did what it was asked. */
    OK(0),
    /** An unexpected failure; the stack trace is printed because it is a bug. */
    FAILED(1),
    /** The command line is wrong: an unknown command or option. */
    USAGE(2),
    /** The configuration cannot work: unknown backend, malformed URL or value, missing seed password. */
    CONFIGURATION(3),
    /** The database cannot be used: unreachable, wrong credentials, data directory locked or damaged. */
    UNAVAILABLE(4),
    /** The data refused the change (a seed colliding with a concurrent one, a version mismatch). */
    CONFLICT(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
