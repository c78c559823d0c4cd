package dev.carlot.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.carlot.persistence.DatabaseHealth.PoolStats;
import dev.carlot.persistence.UnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.Driver;

/**
 * The HikariCP pool and how connecting fails. Timeouts are short on purpose: a server that
 * does not answer should be reported within seconds, not after the driver's defaults.
 */
final class PostgresPool implements AutoCloseable {

    static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(5);
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    static final int SCANS_PER_CORE = 2;
    static final int LOGIN_TIMEOUT_SECONDS = 8;

    private final PostgresUrl url;
    private final PostgresLogin owner;
    private final HikariDataSource dataSource;
    /** One per pooled connection, handed out first come, first served. */
    private final Semaphore turns;
    /** One per statement that scans, {@link #SCANS_PER_CORE} per core, first come, first served. */
    private final Semaphore scans;

    private PostgresPool(PostgresUrl url, PostgresLogin owner, HikariDataSource dataSource) {
        this.turns = new Semaphore(dataSource.getMaximumPoolSize(), true);
        this.scans = new Semaphore(SCANS_PER_CORE * Runtime.getRuntime().availableProcessors(), true);
        this.url = url;
        this.owner = owner;
        this.dataSource = dataSource;
    }

    /**
     * Logs in once with the driver alone, so that a wrong address or password is reported in one
     * line (before HikariCP would log its own stack trace), then starts the pool.
     */
    static PostgresPool open(PostgresLogin login, PostgresLogin owner, int size) {
        PostgresUrl url = login.url();
        String user = login.user();
        String password = login.password();
        Properties properties = driverProperties(user, password);
        try (Connection probe = new Driver().connect(url.jdbcUrl(), properties)) {
            probe.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw PostgresErrors.cannotConnect(url, e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("carlot-postgres");
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        config.setConnectionTimeout(ACQUIRE_TIMEOUT.toMillis());
        config.setValidationTimeout(2_000);
        config.setInitializationFailTimeout(LOGIN_TIMEOUT_SECONDS * 1_000L);
        config.setDataSourceProperties(driverProperties(user, password));
        try {
            return new PostgresPool(url, owner, new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw PostgresErrors.sqlCause(e).map(sql -> PostgresErrors.cannotConnect(url, sql))
                    .orElseGet(() -> new UnavailableException("cannot start the connection pool for PostgreSQL at "
                            + url.address() + ": " + e.getMessage(), e));
        }
    }

    private static Properties driverProperties(String user, String password) {
        Properties properties = new Properties();
        if (!user.isEmpty()) {
            properties.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "carlot");
        return properties;
    }

    /** A connection for DB Client's transactions; a failure says that nothing was sent. */
    Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new AcquisitionFailure(e);
        }
    }

    /**
     * Runs {@code work} on a connection of its own and hands the connection back, whatever
     * happens. Statements wait for a connection in arrival order: HikariCP lets a newcomer take a
     * connection that was just returned ahead of those already waiting, which at 16 requests over
     * 8 connections made the slowest 1% of answers ten times slower than the median.
     */
    <T> T onConnection(ConnectionWork<T> work) {
        acquire(turns);
        try {
            Connection connection = connection();
            try (connection) {
                return work.on(connection);
            } catch (SQLException e) {
                throw new StatementFailure(e);
            }
        } finally {
            turns.release();
        }
    }

    /**
     * {@link #onConnection} for a statement that reads many index entries or rows (a page with its
     * total): at most {@link #SCANS_PER_CORE} per core run at once, the rest wait in arrival
     * order. More would not finish sooner, they would take turns on the cores and stretch the
     * slowest answers; point lookups, which mostly wait on the network, keep the other connections.
     */
    <T> T onConnectionToScan(ConnectionWork<T> work) {
        acquire(scans);
        try {
            return onConnection(work);
        } finally {
            scans.release();
        }
    }

    private void acquire(Semaphore semaphore) {
        try {
            if (!semaphore.tryAcquire(ACQUIRE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AcquisitionFailure(new SQLException("no connection became free within "
                        + ACQUIRE_TIMEOUT.toSeconds() + " s"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AcquisitionFailure(new SQLException("interrupted while waiting for a connection", e));
        }
    }

    @FunctionalInterface
    interface ConnectionWork<T> {
        T on(Connection connection) throws SQLException;
    }

    /**
     * Connections for Flyway, outside the pool: it holds two at once while it migrates, which a
     * small pool could not spare, and migrating should not take connections from requests.
     */
    DataSource migrationDataSource() {
        return directDataSource("carlot-migrate");
    }

    /**
     * Connections outside the pool, for work that holds one for long (migrations, backups), as the
     * schema's owner: the pool's role may not change the schema.
     */
    DataSource directDataSource(String applicationName) {
        return owner.dataSource(applicationName);
    }

    PoolStats stats() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        return new PoolStats(pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections(),
                pool.getThreadsAwaitingConnection(), dataSource.getMaximumPoolSize());
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** The driver's failure of a statement, for {@link PostgresErrors} to translate. */
    static final class StatementFailure extends RuntimeException {
        private StatementFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** No connection could be had; no statement was sent, so the call can be repeated. */
    final class AcquisitionFailure extends RuntimeException {
        private AcquisitionFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        UnavailableException unavailable() {
            SQLException cause = (SQLException) getCause();
            if (cause.getCause() instanceof SQLException connecting) {
                return PostgresErrors.cannotConnect(url, connecting);
            }
            return new UnavailableException("no database connection became free within "
                    + ACQUIRE_TIMEOUT.toSeconds() + " s; the database is overloaded or unreachable", cause);
        }
    }
}
