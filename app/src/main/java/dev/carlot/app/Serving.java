package dev.carlot.app;

import dev.carlot.app.server.CarlotServer;
import dev.carlot.persistence.Persistence;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * A server that runs until Ctrl-C or SIGTERM: then it stops taking requests, lets those in
 * flight finish, and only then closes the database. The signals are handled here rather than
 * in a shutdown hook because the JVM's own hooks (java.util.logging's among them) run at the
 * same time as ours, and the last log lines of a shutdown would be lost.
 */
final class Serving {
    private static final Logger LOG = Logger.getLogger(Serving.class.getName());

    private final CarlotServer server;
    private final Persistence persistence;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Serving(CarlotServer server, Persistence persistence) {
        this.server = server;
        this.persistence = persistence;
    }

    static Serving untilSignal(CarlotServer server, Persistence persistence) {
        Serving serving = new Serving(server, persistence);
        for (String signal : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(signal), s -> serving.stop("SIG" + s.getName()));
            } catch (IllegalArgumentException e) {
                // the JVM reserves it (-Xrs); the shutdown hook below still stops everything
            }
        }
        // any other way out of the JVM (System.exit, SIGHUP) still closes the database
        Runtime.getRuntime().addShutdownHook(new Thread(() -> serving.stop("JVM shutdown"), "carlot-shutdown"));
        return serving;
    }

    private void stop(String reason) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        try {
            LOG.info("stopping on " + reason);
            server.stop();
            persistence.close();
            LOG.info("Carlot stopped");
        } finally {
            stopped.countDown();
        }
    }

    /** Blocks until a signal has stopped the server and closed the database. */
    void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
