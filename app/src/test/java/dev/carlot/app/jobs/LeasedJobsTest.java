package dev.carlot.app.jobs;

import static dev.carlot.app.jobs.JobsDatabase.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.data.Lease;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three servers' {@link BackgroundJobs} over one real database, as three Carlot processes would
 * be (each its own holder): a job runs on one of them at a time, and another takes it over when
 * that one stops or dies. Which server wins is the database's choice, so the tests ask who ran.
 */
class LeasedJobsTest {
    private static final Duration PERIOD = Duration.ofMillis(50);
    @RegisterExtension
    static final JobsDatabase database = JobsDatabase.perClass();

    private final List<BackgroundJobs> servers = new ArrayList<>();
    /** Who ran each run, in order. */
    private final List<String> runs = new CopyOnWriteArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @AfterEach
    void stopTheServers() {
        servers.forEach(BackgroundJobs::stop);
    }

    /** Three servers running {@code job}, whose leases last {@code leasePeriods} periods, started together. */
    private void threeServersRun(String job, int leasePeriods, Runnable work) {
        for (int i = 0; i < 3; i++) {
            BackgroundJobs server = new BackgroundJobs(database.leases(), database.repositories().audit(), "server-" + i + "-" + job, leasePeriods);
            server.every(job, PERIOD, () -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    runs.add(server.holder());
                    work.run();
                } finally {
                    running.decrementAndGet();
                }
            });
            servers.add(server);
        }
        servers.forEach(BackgroundJobs::start);
    }

    private BackgroundJobs server(String holder) {
        return servers.stream().filter(s -> s.holder().equals(holder)).findFirst().orElseThrow();
    }

    private Set<String> holdersOf(List<String> someRuns) {
        return someRuns.stream().collect(Collectors.toSet());
    }

    @Test
    void ofThreeServersOneRunsTheJobAndNeverTwoAtOnce() throws Exception {
        // a lease of many periods, so that a slow machine's late tick does not hand the job on
        threeServersRun("test.once", 400, () -> { });

        await("twenty runs", () -> runs.size() >= 20);

        assertEquals(1, holdersOf(runs).size(), runs.toString());
        assertEquals(1, mostAtOnce.get());
        assertEquals(runs.getFirst(), database.leases().current("test.once").map(Lease::holder).orElseThrow());
    }

    @Test
    void whenTheServerRunningTheJobStopsAnotherTakesItOverWithoutWaitingForItsLease() throws Exception {
        // a lease of 60 s: a take-over within the 30 s bound proves the stop gave it up
        threeServersRun("test.handover", 1200, () -> { });
        await("a first run", () -> !runs.isEmpty());
        String first = runs.getFirst();

        server(first).stop();
        int before = runs.size();

        await("a run on another server", () -> runs.stream().skip(before).anyMatch(h -> !h.equals(first)));
        assertEquals(1, mostAtOnce.get());
        assertTrue(runs.stream().skip(before).noneMatch(first::equals), "the stopped server ran it again: " + runs);
    }

    @Test
    void whenTheServerRunningTheJobDiesAnotherTakesItOverOnceItsLeaseRunsOut() throws Exception {
        threeServersRun("test.takeover", 5, () -> { });
        await("a first run", () -> !runs.isEmpty());
        String first = runs.getFirst();

        // dies: stops running, and its lease stays in the database unrenewed
        server(first).halt();
        assertEquals(first, database.leases().current("test.takeover").map(Lease::holder).orElse(first));
        int before = runs.size();

        await("a run on another server", () -> runs.stream().skip(before).anyMatch(h -> !h.equals(first)));
        String next = runs.stream().skip(before).filter(h -> !h.equals(first)).findFirst().orElseThrow();
        await("the lease in the new holder's name", () ->
                database.leases().current("test.takeover").map(Lease::holder).orElse("").equals(next));
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void aRunLongerThanTheLeaseKeepsTheJobOnItsServer() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        threeServersRun("test.slow", 3, () -> {
            if (calls.incrementAndGet() == 1) {
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        await("the slow first run", () -> running.get() == 1);
        Lease atStart = database.leases().current("test.slow").orElseThrow();

        // many lease lengths pass while the run lasts: the lease is renewed beside it
        await("the lease renewed past three of its lengths", () -> database.leases().current("test.slow")
                .filter(l -> l.expiresAt().isAfter(atStart.expiresAt().plus(PERIOD.multipliedBy(9)))).isPresent());
        assertEquals(1, runs.size(), "another server ran the job meanwhile: " + runs);
        finish.countDown();

        await("a second run", () -> runs.size() >= 2);
        assertEquals(1, mostAtOnce.get());
    }
}
