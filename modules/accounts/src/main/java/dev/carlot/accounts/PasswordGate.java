package dev.carlot.accounts;

import dev.carlot.feature.ApiException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds the password work running at once. bcrypt is meant to be slow and holds a core (and,
 * on a virtual thread, its carrier) for its whole run: unbounded, a burst of registrations or
 * sign-ins would starve every other request. Beyond the bound a request waits briefly for its
 * turn, then gets 503 with Retry-After instead of queueing without end.
 */
final class PasswordGate {
    private final Semaphore permits;
    private final Duration maxWait;

    PasswordGate(HashingLimits limits) {
        this.permits = new Semaphore(limits.concurrency(), true);
        this.maxWait = limits.maxWait();
    }

    <T> T run(Supplier<T> work) {
        boolean entered;
        try {
            entered = permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            throw ApiException.unavailable("password-work-busy", "Carlot is checking too many passwords at once;"
                    + " try again in " + ApiException.seconds(maxWait) + " seconds.", maxWait);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
