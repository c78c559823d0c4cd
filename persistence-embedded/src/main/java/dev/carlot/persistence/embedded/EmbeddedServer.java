package dev.carlot.persistence.embedded;

import dev.carlot.persistence.UnavailableException;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * A PostgreSQL server this process runs on a data directory it holds the lock of. When the
 * postmaster dies under it (killed, or stopped by itself after a PANIC such as a full disk) a
 * keeper thread starts it again on the same port with the same password, so the pool's
 * connections come back without a restart of Carlot. Closing it (or the JVM shutting down)
 * stops the server and releases the directory.
 */
final class EmbeddedServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(EmbeddedServer.class.getName());
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final DataDirectory dir;
    private final DirectoryLock lock;
    private final Endpoint endpoint;
    private final Thread shutdownHook = new Thread(this::stop, "carlot-embedded-postgres-stop");
    private final Thread keeper;
    private volatile RunningServer running;
    private volatile boolean stopped;

    private EmbeddedServer(DataDirectory dir, DirectoryLock lock, RunningServer running, Endpoint endpoint) {
        this.dir = dir;
        this.lock = lock;
        this.running = running;
        this.endpoint = endpoint;
        this.keeper = Thread.ofPlatform().daemon().name("carlot-embedded-postgres-keeper")
                .unstarted(() -> new PostmasterKeeper(dir, this::current, this::replace, () -> stopped).run());
    }

    /**
     * Starts the server on {@code dir}, initialising a cluster first when the directory is new.
     * The caller holds {@code lock}; on success the server owns it.
     */
    static EmbeddedServer start(DataDirectory dir, DirectoryLock lock) {
        long begin = System.nanoTime();
        try {
            stopOrphan(dir);
            boolean fresh = dir.inspect() == DataDirectory.State.FRESH;
            ClusterPassword password = fresh ? ClusterPassword.generate() : storedPassword(dir);
            if (fresh) {
                password.writeTo(dir.pendingCredentials());
            }
            // a directory from before the application role gets one on its next start
            ClusterPassword application = ClusterPassword.read(dir.applicationCredentials()).orElse(null);
            if (application == null) {
                application = ClusterPassword.generate();
                application.writeTo(dir.applicationCredentials());
            }
            RunningServer running = RunningServer.launch(dir, password, fresh, 0);
            try {
                if (fresh) {
                    Files.move(dir.pendingCredentials(), dir.credentials(), StandardCopyOption.ATOMIC_MOVE);
                }
                var endpoint = new Endpoint(running.port(), password, Optional.of(application));
                var server = new EmbeddedServer(dir, lock, running, endpoint);
                new ServerRecord(ProcessHandle.current().pid(), endpoint.port()).writeTo(dir.serverFile());
                Runtime.getRuntime().addShutdownHook(server.shutdownHook);
                server.keeper.start();
                LOG.log(Level.INFO, "embedded PostgreSQL " + running.version() + " on 127.0.0.1:" + endpoint.port()
                        + ", data directory " + dir + (fresh ? " (new)" : "") + ", ready in "
                        + Duration.ofNanos(System.nanoTime() - begin).toMillis() + " ms");
                return server;
            } catch (IOException | RuntimeException e) {
                running.stop(dir, STOP_WAIT);
                throw e;
            }
        } catch (IOException e) {
            throw dir.unusable(e);
        }
    }

    /**
     * A Carlot that died without stopping its server (and whose watchdog died too) leaves the
     * postmaster running; nobody else can hold the lock, so it is stopped before starting anew.
     */
    static void stopOrphan(DataDirectory dir) throws IOException {
        var orphan = Postmaster.of(dir.cluster());
        if (orphan.isEmpty()) {
            removeStalePidFile(dir);
            return;
        }
        long pid = orphan.get().pid();
        LOG.log(Level.WARNING, "stopping PostgreSQL (pid " + pid + ") left running on data directory " + dir
                + " by a Carlot that did not shut down");
        if (!orphan.get().stop(STOP_WAIT)) {
            throw new UnavailableException("PostgreSQL (pid " + pid + ") left running on data directory " + dir
                    + " did not stop within " + STOP_WAIT.toSeconds() + " s; stop it with 'kill -INT " + pid
                    + "' and start again");
        }
    }

    /**
     * PostgreSQL refuses to start while the pid in postmaster.pid is alive, even when a reboot
     * gave that pid to an unrelated process. Postmaster.of has just ruled out our own server.
     */
    private static void removeStalePidFile(DataDirectory dir) throws IOException {
        var pid = Postmaster.recordedPid(dir.cluster());
        if (pid.flatMap(ProcessHandle::of).isPresent()) {
            LOG.log(Level.INFO, "removing stale postmaster.pid of data directory " + dir + ": pid " + pid.get()
                    + " now belongs to another program");
            Files.delete(dir.cluster().resolve("postmaster.pid"));
        }
    }

    private static ClusterPassword storedPassword(DataDirectory dir) throws IOException {
        return ClusterPassword.read(dir.credentials()).orElseThrow(() -> new UnavailableException(
                "data directory " + dir + " has no password in " + dir.credentials() + "; restore it from a backup"));
    }

    Endpoint endpoint() {
        return endpoint;
    }

    PostmasterWatchdog watchdog() {
        return running.watchdog();
    }

    Postmaster postmaster() {
        return running.postmaster();
    }

    private RunningServer current() {
        return running;
    }

    /** A server the keeper started in place of one that died, on the same port and password. */
    private RunningServer replace() {
        RunningServer next = RunningServer.launch(dir, endpoint.password(), false, endpoint.port());
        running = next;
        return next;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down; the hook finds the server stopped.
        }
    }

    /**
     * Synchronized so that a shutdown hook arriving while close() runs waits for it: the JVM
     * must not exit half way through stopping the server. The keeper is ended first, so that
     * it cannot start a server after this one has been stopped.
     */
    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        keeper.interrupt();
        try {
            keeper.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.stop(dir, STOP_WAIT);
        try {
            Files.deleteIfExists(dir.serverFile());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove " + dir.serverFile() + ": " + e.getMessage());
        }
        lock.close();
        LOG.log(Level.INFO, "embedded PostgreSQL on data directory " + dir + " stopped");
    }
}
