package dev.carlot.persistence.embedded;

import dev.carlot.persistence.UnavailableException;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Watches the postmaster and starts it again when it dies while Carlot still needs it: killed
 * by an operator or the OOM killer, or stopped by itself after a PANIC (a full disk). Until it
 * is back, requests fail fast with "unavailable" (503); afterwards the pool reconnects by itself.
 * A start that fails (the disk is still full) is tried again with a growing pause.
 */
final class PostmasterKeeper implements Runnable {
    private static final System.Logger LOG = System.getLogger(PostmasterKeeper.class.getName());
    /** A liveness check reads /proc; four a second cost nothing and bound the outage's start. */
    private static final Duration CHECK_EVERY = Duration.ofMillis(250);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final DataDirectory dir;
    private final Supplier<RunningServer> current;
    private final Supplier<RunningServer> replace;
    private final BooleanSupplier stopped;

    PostmasterKeeper(DataDirectory dir, Supplier<RunningServer> current, Supplier<RunningServer> replace,
                     BooleanSupplier stopped) {
        this.dir = dir;
        this.current = current;
        this.replace = replace;
        this.stopped = stopped;
    }

    @Override
    public void run() {
        try {
            while (!stopped.getAsBoolean()) {
                RunningServer server = current.get();
                if (server.postmaster().process().isAlive()) {
                    Thread.sleep(CHECK_EVERY);
                } else if (!stopped.getAsBoolean()) {
                    LOG.log(Level.WARNING, "the embedded PostgreSQL (pid " + server.postmaster().pid()
                            + ") on data directory " + dir + " has exited; starting it again on port " + server.port()
                            + " (see " + dir.log() + " for why it exited)");
                    server.watchdog().close();
                    ClusterLauncher.stopQuietly(server.postgres(), dir);
                    revive();
                }
            }
        } catch (InterruptedException e) {
            // Carlot is stopping the server
        }
    }

    private void revive() throws InterruptedException {
        long begin = System.nanoTime();
        Duration pause = FIRST_PAUSE;
        while (!stopped.getAsBoolean()) {
            try {
                EmbeddedServer.stopOrphan(dir);
                RunningServer next = replace.get();
                LOG.log(Level.WARNING, "the embedded PostgreSQL on data directory " + dir + " runs again (pid "
                        + next.postmaster().pid() + "), " + Duration.ofNanos(System.nanoTime() - begin).toMillis()
                        + " ms after it was found gone");
                return;
            } catch (UnavailableException | IOException e) {
                if (stopped.getAsBoolean()) {
                    return;
                }
                LOG.log(Level.WARNING, "the embedded PostgreSQL on data directory " + dir + " did not start again: "
                        + e.getMessage() + "; trying again in " + pause.toMillis() + " ms");
                Thread.sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }
}
