package dev.carlot.app.jobs;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One periodic job and whether its last run failed. A failed run is logged in one line without
 * a stack trace when it starts a series of failures (the database went down); the runs after it
 * that fail too say nothing more until one succeeds, which is logged as well. Nothing a run
 * throws leaves {@link #runOnce}, so the scheduler never drops the job and the server never sees it.
 */
final class Job {
    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());

    private final String name;
    private final Duration period;
    private final Runnable work;
    // Runs of one job never overlap and the scheduler orders them, so no lock is needed.
    private boolean failing;

    Job(String name, Duration period, Runnable work) {
        this.name = name;
        this.period = period;
        this.work = work;
    }

    Duration period() {
        return period;
    }

    void runOnce() {
        try {
            work.run();
            if (failing) {
                failing = false;
                LOG.info(() -> "job " + name + " works again");
            }
        } catch (RuntimeException | LinkageError | AssertionError e) {
            Level level = failing ? Level.FINE : Level.WARNING;
            failing = true;
            LOG.log(level, () -> "job " + name + " failed; it runs again every " + period + ": "
                    + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
