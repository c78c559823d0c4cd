package dev.carlot.app.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runtime's background jobs: a failing job keeps its period, says so once, and stops with the server. */
class BackgroundJobsTest {
    private static final Duration PERIOD = Duration.ofMillis(20);
    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    @RegisterExtension
    static final JobsDatabase database = JobsDatabase.perClass();
    private BackgroundJobs jobs;

    @BeforeEach
    void captureTheLog() {
        jobs = new BackgroundJobs(database.repositories(), BackgroundJobs.newHolder());
        LOG.addHandler(capture);
    }

    @AfterEach
    void stopEverything() {
        jobs.stop();
        LOG.removeHandler(capture);
    }

    private List<LogRecord> at(Level level) {
        return logged.stream().filter(r -> r.getLevel() == level).toList();
    }

    @Test
    void aJobThatFailsRunsAgainNextPeriodAndAFailureStreakIsWarnedOnceWithoutATrace() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        jobs.every("test.flaky", PERIOD, () -> {
            if (runs.incrementAndGet() <= 3) {
                throw new IllegalStateException("database down");
            }
        });
        jobs.start();

        JobsDatabase.await("a run after three failures", () -> runs.get() > 4);

        assertEquals(1, at(Level.WARNING).size(), logged.toString());
        LogRecord warning = at(Level.WARNING).getFirst();
        assertEquals(null, warning.getThrown());
        assertTrue(warning.getMessage().contains("test.flaky") && warning.getMessage().contains("database down"),
                warning.getMessage());
        assertEquals(1, at(Level.INFO).stream().filter(r -> r.getMessage().contains("works again")).count(),
                logged.toString());
    }

    @Test
    void stopEndsARunInProgressAndWaitsForIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        jobs.every("test.slow", PERIOD, () -> {
            running.countDown();
            try {
                Thread.sleep(JobsDatabase.BOUND.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ended.set(true);
            }
        });
        jobs.start();
        running.await();

        jobs.stop();

        assertTrue(ended.get(), "stop returned while the run was still going");
    }

    @Test
    void aJobCannotBeRegisteredOnceTheJobsRunOrWithoutAPeriodOrUnderATakenName() {
        assertThrows(IllegalArgumentException.class, () -> jobs.every("test.zero", Duration.ZERO, () -> { }));
        jobs.every("test.one", PERIOD, () -> { });
        assertThrows(IllegalArgumentException.class, () -> jobs.every("test.one", PERIOD, () -> { }));
        jobs.start();

        assertThrows(IllegalStateException.class, () -> jobs.every("test.late", PERIOD, () -> { }));
    }
}
