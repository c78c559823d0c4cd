package dev.carlot.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.carlot.persistence.DatabaseHealth.PoolStats;
import dev.carlot.persistence.UnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The HikariCP pool. Timeouts are short on purpose: a server that does not answer should be
 * reported within seconds, not after the driver's defaults. Statements reach it only through
 * {@link PostgresAdmission}, which decides who waits for a connection in what order.
 */
final class PostgresPool implements AutoCloseable {

    static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(5);
    /** How long a read waits for a replica connection before it goes to the primary. */
    static final Duration REPLICA_ACQUIRE_TIMEOUT = Duration.ofSeconds(1);
    /** The longest a replica may stay silent during a read; Carlot's reads take milliseconds. */
    static final Duration REPLICA_READ_TIMEOUT = Duration.ofSeconds(10);
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    static final int LOGIN_TIMEOUT_SECONDS = 8;

    private final PostgresUrl url;
    private final HikariDataSource dataSource;

    private PostgresPool(PostgresUrl url, HikariDataSource dataSource) {
        this.url = url;
        this.dataSource = dataSource;
    }

    /** Starts a pool of {@code size} connections as {@code login}, which {@link LoginProbe} has checked. */
    static PostgresPool open(PostgresLogin login, int size) {
        HikariConfig config = config(login, size, "carlot-postgres");
        config.setInitializationFailTimeout(LOGIN_TIMEOUT_SECONDS * 1_000L);
        return open(login.url(), config);
    }

    /**
     * A pool on a read replica. It starts without a connection, so that Carlot starts while the
     * replica is down (reads go to the primary meanwhile), and gives up on a connection after a
     * second, so that reads find the primary soon when the replica stops answering.
     */
    static PostgresPool openReplica(PostgresLogin login, int size) {
        HikariConfig config = config(login, size, "carlot-replica");
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(REPLICA_ACQUIRE_TIMEOUT.toMillis());
        // a replica that stalls (stopped, not gone) must not hold a read for ever: the read then runs on the primary
        config.addDataSourceProperty("socketTimeout", Long.toString(REPLICA_READ_TIMEOUT.toSeconds()));
        return open(login.url(), config);
    }

    private static HikariConfig config(PostgresLogin login, int size, String name) {
        PostgresUrl url = login.url();
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(login.user());
        config.setPassword(login.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        config.setConnectionTimeout(ACQUIRE_TIMEOUT.toMillis());
        config.setValidationTimeout(2_000);
        config.setDataSourceProperties(login.driverProperties());
        return config;
    }

    private static PostgresPool open(PostgresUrl url, HikariConfig config) {
        try {
            return new PostgresPool(url, new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw PostgresErrors.sqlCause(e).map(sql -> PostgresErrors.cannotConnect(url, sql))
                    .orElseGet(() -> new UnavailableException("cannot start the connection pool for PostgreSQL at "
                            + url.address() + ": " + e.getMessage(), e));
        }
    }

    /** A connection from HikariCP; a failure says that nothing was sent. */
    Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new AcquisitionFailure(url, e);
        }
    }

    /** How many connections the pool may hold. */
    int size() {
        return dataSource.getMaximumPoolSize();
    }

    /** The server's address, for failures to name it. */
    PostgresUrl url() {
        return url;
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
}
