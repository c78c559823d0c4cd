package dev.carlot.feature;

import java.time.Duration;

/**
 * Periodic work a feature hands to the runtime, which owns the thread it runs on. The runtime
 * starts the work once the server accepts requests, runs it every period (never two runs of one
 * job at once, on a thread that keeps no JVM alive), logs a failed run in one line and tries
 * again a period later, and stops it before the server stops. A job therefore needs no thread,
 * no loop and no error handling of its own beyond what its work means.
 *
 * <p>A job runs on one server at a time, however many Carlot servers share the database: every
 * server registers it, and the one holding the job's lease in the database (named like the job)
 * runs it. When that server stops, another takes the job over at its next period; when it dies
 * without stopping, within a few periods, once its lease has run out. So a job need not guard
 * against running on two servers at once; but a run may be cut short by a dead server and the
 * next run happen on another, so a run should leave the data consistent at every commit and
 * take up where the last one left off.
 */
@FunctionalInterface
public interface Background {

    /** Runs nothing: the background of a context made without a runtime, such as a routes test. */
    Background NONE = (name, period, work) -> { };

    /**
     * Runs {@code work} every {@code period}, the first time one period after the server starts,
     * on the one server of the cluster that holds the job's lease.
     *
     * @param name names the job in the log and its lease, such as {@code sales.expire-orders};
     *             unique among the jobs of the runtime
     * @param period how often the job runs; the lease of the server running it lasts a few periods
     * @param work what one run does
     */
    void every(String name, Duration period, Runnable work);
}
