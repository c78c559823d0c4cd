package dev.carlot.persistence.embedded;

import dev.carlot.persistence.UnavailableException;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * How this process reaches the server of a data directory: by running it itself, or (when
 * attaching is allowed) through the Carlot that already runs it. {@code release} stops what
 * this process started and leaves alone what it borrowed.
 */
record ServerAccess(Endpoint endpoint, Runnable release) {
    private static final System.Logger LOG = System.getLogger(ServerAccess.class.getName());

    /**
     * @param attach whether a directory held by another Carlot is used through its server
     *               rather than refused
     */
    static ServerAccess obtain(DataDirectory dir, boolean attach) {
        dir.claim();
        Optional<DirectoryLock> lock;
        try {
            lock = DirectoryLock.tryAcquire(dir.lockFile());
        } catch (IOException e) {
            throw dir.unusable(e);
        }
        if (lock.isEmpty()) {
            return attach ? borrow(dir) : refuse(dir);
        }
        try {
            EmbeddedServer server = EmbeddedServer.start(dir, lock.get());
            return new ServerAccess(server.endpoint(), server::close);
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    private static ServerAccess borrow(DataDirectory dir) {
        try {
            ServerRecord running = ServerRecord.read(dir.serverFile()).orElseThrow(() -> stillStarting(dir));
            ClusterPassword password = ClusterPassword.read(dir.credentials()).orElseThrow(() -> stillStarting(dir));
            LOG.log(Level.INFO, "data directory " + dir + " is held by Carlot pid " + running.pid()
                    + "; using its PostgreSQL on 127.0.0.1:" + running.port());
            // a server started before the application role existed has none yet: the superuser then
            Optional<ClusterPassword> application = ClusterPassword.read(dir.applicationCredentials());
            return new ServerAccess(new Endpoint(running.port(), password, application), () -> { });
        } catch (IOException e) {
            throw dir.unusable(e);
        }
    }

    private static ServerAccess refuse(DataDirectory dir) {
        String holder;
        try {
            holder = ServerRecord.read(dir.serverFile())
                    .map(r -> "pid " + r.pid() + ", port " + r.port())
                    .orElse("still starting");
        } catch (IOException e) {
            holder = "unknown";
        }
        throw new UnavailableException("data directory " + dir + " is in use by another Carlot (" + holder
                + "); stop it first or set CARLOT_DATA_DIR");
    }

    private static UnavailableException stillStarting(DataDirectory dir) {
        return new UnavailableException("data directory " + dir
                + " is held by another Carlot that is still starting; try again in a moment");
    }
}
