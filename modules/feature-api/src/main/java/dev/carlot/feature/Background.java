package dev.carlot.feature;

import java.time.Duration;

/**
 * Periodic work a feature hands to the runtime, which owns the thread it runs on. The runtime
 * starts the work once the server accepts requests, runs it every period (never two runs of one
 * job at once, on a thread that keeps no JVM alive), logs a failed run in one line and tries
 * again a period later, and stops it before the server stops. A job therefore needs no thread,
 * no loop and no error handling of its own beyond what its work means; it must be safe to run
 * on several Carlot servers at once, as every server runs it.
 */
@FunctionalInterface
public interface Background {

    /** Runs nothing: the background of a context made without a runtime, such as a routes test. */
    Background NONE = (name, period, work) -> { };

    /**
     * Runs {@code work} every {@code period}, the first time one period after the server starts.
     *
     * @param name names the job in the log, such as {@code sales.expire-orders}
     */
    void every(String name, Duration period, Runnable work);
}
