package dev.carlot.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one way to a pooled connection, for single statements and transactions alike.
 * Connections are handed out in arrival order: HikariCP lets a newcomer take a connection that
 * was just returned ahead of those already waiting, which at 16 requests over 8 connections
 * made the slowest 1% of answers ten times slower than the median.
 */
final class PostgresAdmission implements Connections {

    static final int SCANS_PER_CORE = 2;

    private final PostgresPool pool;
    /** One per pooled connection. */
    private final Turns turns;
    /** One per statement that scans, {@link #SCANS_PER_CORE} per core. */
    private final Turns scans;

    PostgresAdmission(PostgresPool pool) {
        this.pool = pool;
        this.turns = new Turns(pool.size());
        this.scans = new Turns(SCANS_PER_CORE * Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code work} on a connection of its own and hands the connection back, whatever happens. */
    @Override
    public <T> T run(Work<T> work) {
        Connection connection = admit();
        try (connection) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new StatementFailure(e);
        } finally {
            turns.giveBack();
        }
    }

    /**
     * At most {@link #SCANS_PER_CORE} scans per core run at once, the rest wait in arrival order.
     * More would not finish sooner, they would take turns on the cores and stretch the slowest
     * answers; point lookups, which mostly wait on the network, keep the other connections.
     */
    @Override
    public <T> T scan(Work<T> work) {
        take(scans);
        try {
            return run(work);
        } finally {
            scans.giveBack();
        }
    }

    @Override
    public boolean mayRetry() {
        return true;
    }

    /** A connection after its turn; {@link #release} hands both back. */
    Connection admit() {
        take(turns);
        try {
            return pool.connection();
        } catch (RuntimeException e) {
            turns.giveBack();
            throw e;
        }
    }

    void release(Connection connection) throws SQLException {
        try {
            connection.close();
        } finally {
            turns.giveBack();
        }
    }

    private void take(Turns wanted) {
        try {
            if (!wanted.take()) {
                throw new AcquisitionFailure(pool.url(), new SQLException("no connection became free within "
                        + PostgresPool.ACQUIRE_TIMEOUT.toSeconds() + " s"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AcquisitionFailure(pool.url(), new SQLException("interrupted while waiting for a connection", e));
        }
    }
}
