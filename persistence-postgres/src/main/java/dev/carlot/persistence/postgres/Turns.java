package dev.carlot.persistence.postgres;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of turns, handed out first come, first served, each waited for at most
 * {@link PostgresPool#ACQUIRE_TIMEOUT}.
 */
final class Turns {

    private final Semaphore semaphore;

    Turns(int count) {
        this.semaphore = new Semaphore(count, true);
    }

    /** Waits for a turn; false when none came in time. */
    boolean take() throws InterruptedException {
        return semaphore.tryAcquire(PostgresPool.ACQUIRE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    void giveBack() {
        semaphore.release();
    }
}
