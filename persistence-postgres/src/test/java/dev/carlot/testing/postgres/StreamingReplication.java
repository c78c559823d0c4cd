package dev.carlot.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throwaway primary and its streaming replica, made with initdb and pg_basebackup from the
 * machine's PostgreSQL binaries, each on a free loopback port, with a database {@value #DATABASE}
 * on both. {@link #close()} stops both by PID and removes their directories. For tests that
 * pause, stop and resume a replica: never the shared server.
 */
public final class StreamingReplication implements AutoCloseable {

    /** The database created on the primary before the copy, so the replica has it too. */
    public static final String DATABASE = "carlot";

    private final Path dir;
    private final ThrowawayServer primary;
    private final ThrowawayServer replica;
    private final Thread cleanup;

    private StreamingReplication(Path dir, ThrowawayServer primary, ThrowawayServer replica) {
        this.dir = dir;
        this.primary = primary;
        this.replica = replica;
        // a JVM that dies in a test must not leave servers behind
        this.cleanup = new Thread(this::stopAndRemove);
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Whether this machine has the PostgreSQL binaries a replicated pair needs. */
    public static boolean available() {
        return PostgresBinaries.find().isPresent();
    }

    /** Starts a primary, copies it with pg_basebackup -R and starts the copy as its replica. */
    public static StreamingReplication start() {
        PostgresBinaries binaries = PostgresBinaries.find()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries: set CARLOT_PG_BIN or install postgresql"));
        try {
            Path dir = binaries.directory("carlot-replication");
            ThrowawayServer primary = ThrowawayServer.initdb(binaries, dir, "primary");
            primary.start();
            ThrowawayServer replica;
            try {
                run(primary.jdbcUrl("postgres"), "create database " + DATABASE);
                replica = ThrowawayServer.standbyOf(primary, dir, "replica");
                replica.start();
            } catch (RuntimeException | IOException | InterruptedException e) {
                primary.stop();
                throw e;
            }
            return new StreamingReplication(dir, primary, replica);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a replicated pair of PostgreSQL servers", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL servers", e);
        }
    }

    /** The primary's URL of {@value #DATABASE}, as the superuser. */
    public String primaryUrl() {
        return primary.jdbcUrl(DATABASE);
    }

    /** The replica's URL of {@value #DATABASE}. */
    public String replicaUrl() {
        return replica.jdbcUrl(DATABASE);
    }

    /** Stops applying WAL on the replica: it answers, and lags from the primary's next write on. */
    public void pauseReplay() {
        run(replicaUrl(), "select pg_wal_replay_pause()");
    }

    /** Applies WAL on the replica again. */
    public void resumeReplay() {
        run(replicaUrl(), "select pg_wal_replay_resume()");
    }

    /** Stops the replica by its PID (fast shutdown). */
    public void stopReplica() {
        replica.stop();
    }

    /** Starts the stopped replica again on its port; it resumes streaming from the primary. */
    public void startReplica() {
        try {
            replica.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of {@code query} on the replica, as a number. */
    public long replicaNumber(String query) {
        try (Connection connection = DriverManager.getConnection(replicaUrl());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the replica refused " + query + ": " + e.getMessage(), e);
        }
    }

    private static void run(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url + ": " + e.getMessage(), e);
        }
    }

    private void stopAndRemove() {
        replica.stop();
        primary.stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is the least of a dying JVM's worries
        }
    }

    @Override
    public void close() {
        stopAndRemove();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
