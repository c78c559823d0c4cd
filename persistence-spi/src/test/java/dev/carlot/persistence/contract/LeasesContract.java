package dev.carlot.persistence.contract;

import static dev.carlot.persistence.contract.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.carlot.persistence.data.Lease;
import dev.carlot.persistence.data.Leases;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link Leases}: one holder at a time by the database's clock, renewed by its holder, given up on release. */
public abstract class LeasesContract extends ContractGroup {
    private static final Duration LONG = Duration.ofHours(1);
    private static final Duration BOUND = Duration.ofSeconds(30);

    private Leases leases() {
        return db().repositories().leases();
    }

    @Test
    void aFreeLeaseGoesToItsFirstTakerWhoRenewsIt() {
        String job = unique("job");
        Lease taken = leases().take(job, "server-a", LONG).orElseThrow();
        assertEquals(job, taken.name());
        assertEquals("server-a", taken.holder());

        Lease renewed = leases().take(job, "server-a", LONG).orElseThrow();

        assertEquals("server-a", renewed.holder());
        assertFalse(renewed.expiresAt().isBefore(taken.expiresAt()), renewed + " after " + taken);
        assertEquals(Optional.of(renewed), leases().current(job));
    }

    @Test
    void anotherHolderGetsNothingWhileTheLeaseRuns() {
        String job = unique("job");
        Lease held = leases().take(job, "server-a", LONG).orElseThrow();

        assertEquals(Optional.empty(), leases().take(job, "server-b", LONG));
        assertEquals(Optional.of(held), leases().current(job));
    }

    @Test
    void aLeaseItsHolderStoppedRenewingGoesToTheNextTakerOnceItRunsOut() throws InterruptedException {
        String job = unique("job");
        leases().take(job, "server-a", Duration.ofMillis(1)).orElseThrow();

        long deadline = System.nanoTime() + BOUND.toNanos();
        Optional<Lease> taken;
        while ((taken = leases().take(job, "server-b", LONG)).isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail("server-b did not get the lease within " + BOUND);
            }
            Thread.sleep(5);
        }

        assertEquals("server-b", taken.orElseThrow().holder());
        assertEquals(Optional.empty(), leases().take(job, "server-a", LONG), "the old holder lost it");
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceAndOnlyItsHolderReleasesIt() {
        String job = unique("job");
        leases().take(job, "server-a", LONG).orElseThrow();

        assertFalse(leases().release(job, "server-b"));
        assertTrue(leases().current(job).isPresent());
        assertTrue(leases().release(job, "server-a"));

        assertEquals(Optional.empty(), leases().current(job));
        assertEquals("server-b", leases().take(job, "server-b", LONG).orElseThrow().holder());
    }

    @Test
    void leasesOfDifferentNamesAreIndependent() {
        String first = unique("job");
        String second = unique("job");
        leases().take(first, "server-a", LONG).orElseThrow();

        assertEquals("server-b", leases().take(second, "server-b", LONG).orElseThrow().holder());
        assertEquals(Optional.empty(), leases().current(unique("job")));
    }

    @Test
    void ofConcurrentTakersExactlyOneGetsTheLease() throws Exception {
        String job = unique("job");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<Lease>>> takers = IntStream.range(0, 24).<Callable<Optional<Lease>>>mapToObj(
                    i -> () -> leases().take(job, "server-" + i, LONG)).toList();
            List<Lease> winners = pool.invokeAll(takers).stream().map(LeasesContract::value)
                    .flatMap(Optional::stream).toList();

            assertEquals(1, winners.size(), winners.toString());
            assertEquals(Optional.of(winners.getFirst()), leases().current(job));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLeaseWithoutDurationOrWithAnEmptyNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> leases().take(unique("job"), "server-a", Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> leases().take("", "server-a", LONG));
        assertThrows(IllegalArgumentException.class, () -> leases().take(unique("job"), "x".repeat(201), LONG));
    }

    private static <T> T value(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
