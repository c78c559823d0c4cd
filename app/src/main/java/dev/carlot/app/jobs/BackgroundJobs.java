package dev.carlot.app.jobs;

import dev.carlot.feature.Audit;
import dev.carlot.feature.Background;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.AuditLog;
import dev.carlot.persistence.data.Leases;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
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
 *
 * <p>Every server ticks every job, but a run does the work only on the server holding the job's
 * lease in the database ({@link Leases}), which lasts {@value #LEASE_PERIODS} periods and is
 * renewed at each run: one server runs each job, and when it dies another takes the job over
 * once the lease has run out. A clean stop gives the leases up so another takes over at once.
 *
 * <p>Every run keeps the audit events it records ({@link Audit#system}) in the database's audit
 * log: the core's jobs and each plugin's (a plugin's jobs run on a BackgroundJobs of their own,
 * stopped with the plugin) alike, since both are made here.
 */
public final class BackgroundJobs implements Background {
    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());
    /** How long {@link #stop} lets a run in progress finish before the database is closed under it. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    /** A lease outlives a few late runs (a pause, a slow database) before another server takes over. */
    static final int LEASE_PERIODS = 3;

    private final List<Job> jobs = new ArrayList<>();
    private final Leases leases;
    private final AuditLog audit;
    private final String holder;
    private final int leasePeriods;
    private ScheduledExecutorService scheduler;

    /**
     * Jobs leased in the database of {@code repositories} under {@code holder}, which names this
     * server process among all those on the database ({@link #newHolder()}), keeping their runs'
     * audit events in its audit log.
     */
    public BackgroundJobs(Repositories repositories, String holder) {
        this(repositories.leases(), repositories.audit(), holder, LEASE_PERIODS);
    }

    BackgroundJobs(Leases leases, AuditLog audit, String holder, int leasePeriods) {
        this.leases = leases;
        this.audit = audit;
        this.holder = holder;
        this.leasePeriods = leasePeriods;
    }

    /**
     * A holder name for this server process: host, process id and a random part, so that a new
     * process never passes for an old one that had the same process id.
     */
    public static String newHolder() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String name = host + ":" + ProcessHandle.current().pid() + ":" + HexFormat.of().formatHex(random);
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    /** The name this server's leases are held under. */
    public String holder() {
        return holder;
    }

    @Override
    public synchronized void every(String name, Duration period, Runnable work) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the period of job " + name + " must be positive, not " + period);
        }
        if (scheduler != null) {
            throw new IllegalStateException("job " + name + " registered after the jobs started");
        }
        if (jobs.stream().anyMatch(j -> j.name().equals(name))) {
            throw new IllegalArgumentException("two jobs are named " + name + "; a job's name names its lease");
        }
        jobs.add(new Job(name, period, () -> Audit.keeping(audit, work)));
    }

    /** Starts every registered job; their first runs come one period from now. */
    public synchronized void start() {
        if (scheduler != null || jobs.isEmpty()) {
            return;
        }
        // a thread per job, and one per job for renewing its lease while a run lasts
        scheduler = Executors.newScheduledThreadPool(2 * jobs.size(), Thread.ofVirtual().name("carlot-job-", 0).factory());
        for (Job job : jobs) {
            long millis = job.period().toMillis();
            Duration lease = job.period().multipliedBy(leasePeriods);
            scheduler.scheduleWithFixedDelay(() -> job.runOnce(leases, holder, lease, scheduler),
                    millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops the jobs: no new run starts, and a run in progress gets a short grace to finish;
     * then the leases this server holds are given up, so that another server takes the jobs over
     * at its next run rather than when the leases run out.
     */
    public synchronized void stop() {
        if (halt()) {
            for (Job job : jobs) {
                if (job.holding()) {
                    release(job);
                }
            }
        }
    }

    /** Stops the jobs without giving up their leases, as a server that dies does; whether no run is left. */
    synchronized boolean halt() {
        if (scheduler == null || scheduler.isShutdown()) {
            return false;
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                // its lease is kept: the run may still be writing, and the lease keeps others off meanwhile
                LOG.warning("a background job was still running " + GRACE.toSeconds() + " s after the stop");
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void release(Job job) {
        try {
            leases.release(job.name(), holder);
        } catch (RuntimeException e) {
            LOG.info(() -> "job " + job.name() + " keeps its lease until it runs out: " + e.getMessage());
        }
    }
}
