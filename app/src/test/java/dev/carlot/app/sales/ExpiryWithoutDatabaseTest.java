package dev.carlot.app.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.carlot.app.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The expiry job on a server whose database has gone: it keeps trying every period, warns once
 * in one line without a stack trace, and the server keeps answering.
 */
class ExpiryWithoutDatabaseTest {
    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final Logger JOBS = Logger.getLogger("dev.carlot.app.jobs.BackgroundJobs");

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + BOUND + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void theJobWarnsOnceKeepsTryingAndTheServerKeepsAnswering() throws InterruptedException {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage().contains("sales.expire-orders")) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = JOBS.getLevel();
        // after the start, which reads the logging configuration and so resets every logger
        try (TestServer server = TestServer.start("--carlot.sales.expiry-period=PT0.1S")) {
            JOBS.setLevel(Level.FINE);
            JOBS.addHandler(capture);
            server.backend().breakDatabase();

            await("three failed runs", () -> records.size() >= 3);

            List<LogRecord> warnings = records.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
            assertEquals(1, warnings.size(), records.stream().map(LogRecord::getMessage).toList().toString());
            assertTrue(records.stream().allMatch(r -> r.getThrown() == null), "no stack traces");
            assertEquals(503, server.http().get("/observe/health").status());
        } finally {
            JOBS.removeHandler(capture);
            JOBS.setLevel(before);
        }
    }
}
