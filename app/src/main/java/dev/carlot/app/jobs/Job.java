package dev.carlot.app.jobs;

import dev.carlot.persistence.data.Leases;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One periodic job, its lease and whether its last run failed. Each run first takes or renews
 * the job's lease (named like the job) in the database and does the work only when this server
 * holds it; while a run lasts longer than a period the lease is renewed beside it, so that a slow
 * run (a big backup) is not taken over halfway. A failed run is logged in one line without a
 * stack trace when it starts a series of failures (the database went down); the runs after it
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
    private boolean holding;

    Job(String name, Duration period, Runnable work) {
        this.name = name;
        this.period = period;
        this.work = work;
    }

    String name() {
        return name;
    }

    Duration period() {
        return period;
    }

    boolean holding() {
        return holding;
    }

    void runOnce(Leases leases, String holder, Duration lease, ScheduledExecutorService renewals) {
        try {
            boolean held = leases.take(name, holder, lease).isPresent();
            if (held != holding) {
                holding = held;
                LOG.info(() -> "job " + name + (held ? " runs on this server (" + holder + ") now"
                        : " runs on another server now"));
            }
            if (held) {
                long millis = period.toMillis();
                ScheduledFuture<?> renewing = renewals.scheduleWithFixedDelay(() -> renew(leases, holder, lease),
                        millis, millis, TimeUnit.MILLISECONDS);
                try {
                    work.run();
                } finally {
                    renewing.cancel(false);
                }
            }
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

    /** Beside a long run: a lease lost meanwhile (the database was away too long) is only worth a line. */
    private void renew(Leases leases, String holder, Duration lease) {
        try {
            if (leases.take(name, holder, lease).isEmpty()) {
                LOG.warning(() -> "job " + name + " lost its lease while running; another server may run it too");
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "job " + name + " could not renew its lease: " + e.getMessage());
        }
    }
}
