package dev.carlot.app.server;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A table while it is served, counting the requests that run on it, so that a swap can wait for
 * them. The count is one atomic per request; only a retired table's last request takes the lock.
 */
final class Generation {
    private static final Logger LOG = Logger.getLogger(RouteSwitch.class.getName());

    private final Served served;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean retired;

    Generation(Served served) {
        this.served = served;
    }

    Served served() {
        return served;
    }

    void enter() {
        inFlight.incrementAndGet();
    }

    void exit() {
        if (inFlight.decrementAndGet() == 0 && retired) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /**
     * Waits, at most {@code drain}, until no request runs on this table. The caller has made
     * another table current first, so no new request enters this one ({@link RouteSwitch#handle}).
     */
    synchronized void retire(Duration drain) {
        retired = true;
        long deadline = System.nanoTime() + drain.toNanos();
        try {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warning(inFlight.get() + " request(s) still ran on the replaced routes after " + drain
                            + "; what they reach is stopped under them");
                    return;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
