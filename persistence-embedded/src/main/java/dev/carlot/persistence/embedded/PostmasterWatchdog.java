package dev.carlot.persistence.embedded;

import java.io.IOException;

/**
 * Stops the postmaster when this JVM dies without running its shutdown hooks (kill -9, OOM
 * killer). pg_ctl detaches the server from the JVM, so nothing else would stop it. A shell
 * blocks reading a pipe from the JVM; the kernel closes the pipe when the JVM dies, however
 * it dies, and the shell then asks the postmaster for a fast shutdown. A normal close kills
 * the shell first.
 */
final class PostmasterWatchdog implements AutoCloseable {
    // $1 is the postmaster's pid; checking its name first keeps a reused pid from being signalled.
    private static final String SCRIPT =
            "read line; [ \"$(cat /proc/$1/comm 2>/dev/null)\" = postgres ] && kill -INT \"$1\"";

    private final Process shell;

    private PostmasterWatchdog(Process shell) {
        this.shell = shell;
    }

    static PostmasterWatchdog watch(Postmaster postmaster) throws IOException {
        Process shell = new ProcessBuilder("sh", "-c", SCRIPT, "carlot-watchdog", Long.toString(postmaster.pid()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new PostmasterWatchdog(shell);
    }

    long pid() {
        return shell.pid();
    }

    @Override
    public void close() {
        shell.destroy();
    }
}
