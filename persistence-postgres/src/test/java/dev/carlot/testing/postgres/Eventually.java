package dev.carlot.testing.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for what another thread, server or process makes true: polls a condition, within a
 * bound, and fails naming what never came. It lives in this test-jar, beside the throwaway
 * databases, because that is the one test library the backend's tests and the app's tests share.
 */
public final class Eventually {
    /** Generous: the test machine is shared and may be loaded. */
    public static final Duration BOUND = Duration.ofSeconds(60);

    private Eventually() {
    }

    /** Polls {@code condition} until it holds, failing after {@link #BOUND} with {@code what} in the message. */
    public static void await(String what, BooleanSupplier condition) {
        await(what, BOUND, condition);
    }

    /** The same, failing after {@code bound}. */
    public static void await(String what, Duration bound, BooleanSupplier condition) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + bound.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }
}
