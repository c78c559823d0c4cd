package dev.carlot.app;

/** How {@code carlot} ends; documented in {@code carlot help} and README.md. */
public enum ExitCode {
    OK(0, "done (serve: stopped by Ctrl-C or SIGTERM)"),
    FAILED(1, "unexpected failure, a bug: the stack trace is printed"),
    USAGE(2, "unknown command or option"),
    CONFIGURATION(3, "configuration cannot work: unknown backend, malformed URL or value, missing seed password,"
            + " a damaged or newer backup file"),
    UNAVAILABLE(4, "database unusable: unreachable, wrong credentials, data directory locked or damaged"),
    CONFLICT(5, "the data refused the change, e.g. a concurrent seed, a restore into a database with data");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
