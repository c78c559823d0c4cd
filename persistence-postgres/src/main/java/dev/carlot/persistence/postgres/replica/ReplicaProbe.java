package dev.carlot.persistence.postgres.replica;

import dev.carlot.persistence.DatabaseHealth.ReplicaState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * One small background probe per server: every {@link #PERIOD} it asks the primary where its
 * WAL stands and the replica how far it has replayed, and decides whether reads may go to the
 * replica. A read asks {@link #status()}, a volatile read, instead of a round trip of its own.
 * A replica past {@code maxLag}, unreachable, or not in recovery is skipped from the next probe
 * on, within a second; it serves again as soon as a probe finds it caught up.
 */
public final class ReplicaProbe implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReplicaProbe.class.getName());
    /** Often enough that a session waits for the replica a fraction of a second at most, rarely enough to cost nothing. */
    static final Duration PERIOD = Duration.ofMillis(200);
    /** A probe that takes longer than this marks the replica down: a stalled server is a down one. */
    private static final int PROBE_TIMEOUT_MILLIS = 2_000;

    /** Where a probe gets its connection: a pool's, handed back by closing it. */
    @FunctionalInterface
    public interface Source {
        /** A connection; the probe closes it. */
        Connection connect() throws SQLException;
    }

    private final Source primary;
    private final Source replica;
    private final Duration maxLag;
    private final LagWindow window = new LagWindow();
    private final AtomicReference<ReplicaStatus> status = new AtomicReference<>(ReplicaStatus.STARTING);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("carlot-replica-probe").factory());
    private volatile ReplicaState reported = ReplicaState.STARTING;

    private ReplicaProbe(Source primary, Source replica, Duration maxLag) {
        this.primary = primary;
        this.replica = replica;
        this.maxLag = maxLag;
    }

    /** Probes once now, so the first requests know where the replica stands, then every {@link #PERIOD}. */
    public static ReplicaProbe start(Source primary, Source replica, Duration maxLag) {
        ReplicaProbe probe = new ReplicaProbe(primary, replica, maxLag);
        probe.probe();
        probe.timer.scheduleWithFixedDelay(probe::probe, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return probe;
    }

    /** The replica as the last probe saw it. */
    public ReplicaStatus status() {
        return status.get();
    }

    /** The bound past which reads skip the replica. */
    public Duration maxLag() {
        return maxLag;
    }

    /** A read failed on the replica's connection: skip it until the next probe finds it well. */
    public void suspect(Exception failure) {
        ReplicaStatus seen = status.get();
        if (seen.state() != ReplicaState.DOWN && status.compareAndSet(seen, seen.down())) {
            report(ReplicaState.DOWN, "a read on the replica failed, reads go to the primary: " + failure.getMessage());
        }
    }

    private void probe() {
        try {
            long now = System.nanoTime();
            try {
                window.primaryAt(primaryPosition(), now);
            } catch (SQLException | RuntimeException e) {
                // the primary's own failures reach its callers; the replica is judged on what was seen
            }
            status.set(replicaStatus(now));
        } catch (Throwable unexpected) {
            // a probe must never stop probing
            status.set(status.get().down());
            report(ReplicaState.DOWN, "the replica probe failed: " + unexpected);
        }
    }

    private long primaryPosition() throws SQLException {
        try (Connection connection = primary.connect()) {
            connection.setNetworkTimeout(Runnable::run, PROBE_TIMEOUT_MILLIS);
            return position(connection);
        }
    }

    private static long position(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint")) {
            row.next();
            return row.getLong(1);
        }
    }

    private ReplicaStatus replicaStatus(long now) {
        try (Connection connection = replica.connect()) {
            connection.setNetworkTimeout(Runnable::run, PROBE_TIMEOUT_MILLIS);
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(
                         "select pg_is_in_recovery(), (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint")) {
                row.next();
                if (!row.getBoolean(1)) {
                    report(ReplicaState.NOT_A_REPLICA,
                            "the read replica is not in recovery (promoted, or not a replica): reads go to the primary");
                    return new ReplicaStatus(ReplicaState.NOT_A_REPLICA, -1, Duration.ZERO, 0);
                }
                long replayed = row.getLong(2);
                Duration lag = Duration.ofNanos(window.lagNanos(replayed, now));
                long bytes = Math.max(0, window.newest() - replayed);
                boolean serving = lag.compareTo(maxLag) <= 0;
                report(serving ? ReplicaState.SERVING : ReplicaState.LAGGING, "the read replica lags past the bound of "
                        + maxLag + ": reads go to the primary until it catches up");
                return new ReplicaStatus(serving ? ReplicaState.SERVING : ReplicaState.LAGGING, replayed, lag, bytes);
            }
        } catch (SQLException | RuntimeException e) {
            report(ReplicaState.DOWN, "the read replica does not answer, reads go to the primary: " + e.getMessage());
            return status.get().down();
        }
    }

    /**
     * Logs when what is wrong changes, once, with the detail of its first sighting: a probe five
     * times a second would flood the log, and the driver's detail varies from one try to the next.
     */
    private void report(ReplicaState state, String problem) {
        if (state != reported) {
            reported = state;
            LOG.info(state == ReplicaState.SERVING ? "the read replica serves reads" : problem);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
