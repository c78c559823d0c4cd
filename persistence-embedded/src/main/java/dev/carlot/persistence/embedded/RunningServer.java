package dev.carlot.persistence.embedded;

import dev.carlot.persistence.UnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * One life of the postmaster: zonky's handle, the process, and the watchdog that stops it if
 * this JVM dies. A postmaster that dies is replaced by a new RunningServer on the same port.
 */
record RunningServer(EmbeddedPostgres postgres, Postmaster postmaster, PostmasterWatchdog watchdog, String version) {
    private static final System.Logger LOG = System.getLogger(RunningServer.class.getName());
    /** Long enough for crash recovery after a power loss; a server that fails exits sooner. */
    static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

    /**
     * Starts the server on {@code port} (0: a free one) and checks it runs with safe settings.
     * Nothing is left running when this throws.
     */
    static RunningServer launch(DataDirectory dir, ClusterPassword password, boolean fresh, int port) {
        EmbeddedPostgres postgres = ClusterLauncher.launch(dir, password, fresh, port, STARTUP_WAIT);
        try {
            String version = ServerCheck.verify(new Endpoint(postgres.getPort(), password), dir);
            Postmaster postmaster = Postmaster.of(dir.cluster()).orElseThrow(() -> new UnavailableException(
                    "the embedded PostgreSQL on data directory " + dir + " stopped right after it started"));
            return new RunningServer(postgres, postmaster, PostmasterWatchdog.watch(postmaster), version);
        } catch (IOException | RuntimeException e) {
            ClusterLauncher.stopQuietly(postgres, dir);
            throw e instanceof IOException io ? dir.unusable(io) : (RuntimeException) e;
        }
    }

    int port() {
        return postgres.getPort();
    }

    /** Stops the server and waits for the postmaster to exit. */
    void stop(DataDirectory dir, Duration wait) {
        watchdog.close();
        ClusterLauncher.stopQuietly(postgres, dir);
        if (!postmaster.awaitExit(wait)) {
            LOG.log(Level.WARNING, "PostgreSQL (pid " + postmaster.pid() + ") on data directory " + dir
                    + " has not stopped within " + wait.toSeconds() + " s");
        }
    }
}
