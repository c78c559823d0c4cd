package dev.carlot.persistence.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Cuts zonky's readiness wait short when the server has already failed. zonky polls for a
 * connection until its (long, for crash recovery) startup wait runs out, even when PostgreSQL
 * died at once on a broken cluster. pg_ctl knows better: it exits as soon as the server is
 * ready, has died, or has not become ready within its own timeout. When it has exited and no
 * postmaster runs, the start failed, and the starting thread is interrupted, which ends
 * zonky's wait loop.
 */
final class StartupWatch implements AutoCloseable {
    private static final long POLL_MILLIS = 50;

    private final Path cluster;
    private final Thread starter = Thread.currentThread();
    private final Thread watcher;
    private boolean done;
    private boolean failed;

    private StartupWatch(Path cluster) {
        this.cluster = cluster;
        this.watcher = Thread.ofVirtual().name("carlot-startup-watch").unstarted(this::watch);
    }

    /** Watches the start the calling thread is about to run on {@code cluster}. */
    static StartupWatch begin(Path cluster) {
        var watch = new StartupWatch(cluster);
        watch.watcher.start();
        return watch;
    }

    synchronized boolean failed() {
        return failed;
    }

    private void watch() {
        try {
            Optional<ProcessHandle> pgCtl = Optional.empty();
            while (pgCtl.isEmpty()) {
                Thread.sleep(POLL_MILLIS);
                pgCtl = pgCtl();
            }
            pgCtl.get().onExit().get();
            boolean running = Postmaster.of(cluster).isPresent();
            synchronized (this) {
                if (!done && !running) {
                    failed = true;
                    starter.interrupt();
                }
            }
        } catch (InterruptedException e) {
            // the start finished first
        } catch (IOException | java.util.concurrent.ExecutionException e) {
            // cannot tell; zonky's own wait decides
        }
    }

    /** The pg_ctl that zonky started on this cluster (initdb, which runs first, is not it). */
    private Optional<ProcessHandle> pgCtl() {
        String clusterPath = cluster.toString();
        return ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("/pg_ctl")).orElse(false))
                .filter(p -> Arrays.asList(p.info().arguments().orElse(new String[0])).contains(clusterPath))
                .findFirst();
    }

    /** Stops watching; clears the interrupt this watch caused, so it cannot leak to the caller. */
    @Override
    public void close() {
        synchronized (this) {
            done = true;
        }
        watcher.interrupt();
        if (failed()) {
            Thread.interrupted();
        }
    }
}
