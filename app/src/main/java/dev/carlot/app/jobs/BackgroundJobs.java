package dev.carlot.app.jobs;

import dev.carlot.feature.Background;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The runtime's {@link Background}: features register their jobs while the server is built,
 * {@link #start} runs them once it serves, {@link #stop} ends them before the database closes.
 * Each job runs on a virtual thread, which keeps no JVM alive, with a fixed delay between runs,
 * so a slow run (a database that does not answer) delays the next one rather than piling up.
 */
public final class BackgroundJobs implements Background {
    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());
    /** How long {@link #stop} lets a run in progress finish before the database is closed under it. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final List<Job> jobs = new ArrayList<>();
    private ScheduledExecutorService scheduler;

    @Override
    public synchronized void every(String name, Duration period, Runnable work) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the period of job " + name + " must be positive, not " + period);
        }
        if (scheduler != null) {
            throw new IllegalStateException("job " + name + " registered after the jobs started");
        }
        jobs.add(new Job(name, period, work));
    }

    /** Starts every registered job; their first runs come one period from now. */
    public synchronized void start() {
        if (scheduler != null || jobs.isEmpty()) {
            return;
        }
        scheduler = Executors.newScheduledThreadPool(jobs.size(), Thread.ofVirtual().name("carlot-job-", 0).factory());
        for (Job job : jobs) {
            long millis = job.period().toMillis();
            scheduler.scheduleWithFixedDelay(job::runOnce, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the jobs: no new run starts, and a run in progress gets a short grace to finish. */
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning("a background job was still running " + GRACE.toSeconds() + " s after the stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
