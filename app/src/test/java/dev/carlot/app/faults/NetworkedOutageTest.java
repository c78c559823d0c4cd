package dev.carlot.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.AppConfig;
import dev.carlot.app.CommandLine;
import dev.carlot.app.backend.Backends;
import dev.carlot.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 4 of docs/reliability.md: Carlot on the postgres backend, under a stream of writes,
 * loses its connections (pg_terminate_backend) and then its server (killed and restarted). The
 * server is a throwaway one this test runs, never the machine's shared service. Answers are 2xx
 * or 503, writes go through again once the server is back, without restarting Carlot, and Carlot
 * holds no more connections than its pool allows. How many seconds recovery takes is a figure
 * for docs/reliability.md, not a test assertion: the bounded waits here only turn a hang into a
 * clear failure.
 */
@Tag("faults")
@Timeout(300)
class NetworkedOutageTest {
    private static final String DATABASE = "carlot_outage";
    /** A hang guard: Carlot that never writes again fails here with a message, not the suite's timeout. */
    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static final int POOL_MAX = 10;

    @TempDir
    Path temp;
    private Persistence server;
    private String url;
    private Properties login;

    @BeforeEach
    void aThrowawayServer() throws Exception {
        Path pg = temp.resolve("pg");
        server = Backends.discover().open(AppConfig.load(CommandLine.parse(),
                Map.of("CARLOT_BACKEND", "embedded", "CARLOT_DATA_DIR", pg.toString())).database());
        var record = new Properties();
        try (var in = Files.newBufferedReader(pg.resolve("carlot-server"))) {
            record.load(in);
        }
        url = "127.0.0.1:" + record.getProperty("port");
        login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", Files.readAllLines(pg.resolve("carlot-credentials")).getFirst().strip());
        psql("postgres").query("create database " + DATABASE).orElseThrow();
    }

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    /** psql, so the test needs no JDBC of its own; answers the first column of the first row. */
    private Psql psql(String database) {
        return new Psql(url, login.getProperty("password"), database);
    }

    private long carlotConnections() {
        return Long.parseLong(psql("postgres").query("select count(*) from pg_stat_activity where datname = '"
                + DATABASE + "'").orElseThrow());
    }

    @Test
    void terminatedConnectionsAndARestartedServerCost503sAndAFewSecondsNotARestartOfCarlot() throws Exception {
        String databaseUrl = "postgres://postgres:" + login.getProperty("password") + "@" + url + "/" + DATABASE;
        var carlot = CarlotProcess.serve(Map.of("DATABASE_URL", databaseUrl), temp.resolve("carlot.log"));
        try {
            var writes = Writes.by(carlot.http());
            var stop = new AtomicBoolean();
            List<Thread> writers = List.of(Thread.ofPlatform().start(() -> writes.stream(carlot.http(), stop)),
                    Thread.ofPlatform().start(() -> writes.stream(carlot.http(), stop)));
            writes.awaitAcknowledged(10, Duration.ofSeconds(60));

            String terminated = psql("postgres").query("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where datname = '" + DATABASE + "'").orElseThrow();
            assertTrue(Long.parseLong(terminated) > 0, "no connection of Carlot's to terminate");
            writes.awaitAcknowledged(writes.ackedCars.size() + 5, RECOVERY);

            Postmasters.kill9(temp.resolve("pg"));
            awaitServerBack();
            writes.awaitAcknowledged(writes.ackedCars.size() + 5, RECOVERY);

            stop.set(true);
            for (Thread writer : writers) {
                writer.join();
            }
            assertEquals(List.of(), writes.wrongAnswers, carlot::logText);
            assertTrue(carlotConnections() <= POOL_MAX, "Carlot holds " + carlotConnections() + " connections");
            writes.verify(carlot);
        } finally {
            carlot.stop();
        }
    }

    /** The embedded server this test runs is started again by its keeper; this waits for it to take logins. */
    private void awaitServerBack() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (psql(DATABASE).query("select 1").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the throwaway server did not come back");
            }
            CarlotProcess.pause();
        }
    }
}
