package dev.carlot.persistence.postgres.replica;

import dev.carlot.persistence.ReadConsistency;
import java.util.Optional;

/**
 * The {@link ReadConsistency} of the request the current thread serves. The features hold one
 * {@code Persistence} for every request, so what a request's reads must see travels with the
 * request's thread: Helidon runs a request's filters and handler on one virtual thread. Work
 * outside {@link #within} (jobs, commands, tests) has no scope and reads from the primary.
 */
public final class ReadScope {

    private static final ThreadLocal<ReadConsistency> CURRENT = new ThreadLocal<>();

    private ReadScope() {
    }

    /** The consistency of the request this thread serves, if any. */
    public static Optional<ReadConsistency> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} with {@code consistency} as the current one, and restores the previous one after. */
    public static void within(ReadConsistency consistency, Runnable work) {
        ReadConsistency outer = CURRENT.get();
        CURRENT.set(consistency);
        try {
            work.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
