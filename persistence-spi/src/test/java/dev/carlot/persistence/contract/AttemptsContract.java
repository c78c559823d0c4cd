package dev.carlot.persistence.contract;

import static dev.carlot.persistence.contract.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.data.AttemptCount;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link dev.carlot.persistence.data.Attempts}; time is passed in, so windows end without waiting. */
public abstract class AttemptsContract extends ContractGroup {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private int add(String key, Instant at) {
        return db().repositories().attempts().add(List.of(key), at, WINDOW).getFirst().attempts();
    }

    @Test
    void eachAttemptCountsOneAndTheWindowEndsAWindowAfterTheFirst() {
        String key = unique("key");
        assertEquals(new AttemptCount(1, NOW.plus(WINDOW)), db().repositories().attempts().add(List.of(key), NOW, WINDOW).getFirst());
        assertEquals(new AttemptCount(2, NOW.plus(WINDOW)),
                db().repositories().attempts().add(List.of(key), NOW.plusSeconds(60), WINDOW).getFirst());
    }

    @Test
    void theFirstAttemptAfterTheWindowStartsAgainFromOne() {
        String key = unique("key");
        add(key, NOW);
        add(key, NOW);
        Instant later = NOW.plus(WINDOW);
        assertEquals(new AttemptCount(1, later.plus(WINDOW)), db().repositories().attempts().add(List.of(key), later, WINDOW).getFirst());
    }

    @Test
    void severalKeysAreCountedAtOnceAndAnsweredInTheirOrder() {
        String b = unique("b");
        String a = unique("a");
        add(b, NOW);
        List<AttemptCount> counts = db().repositories().attempts().add(List.of(b, a), NOW, Duration.ofHours(1));
        assertEquals(List.of(2, 1), counts.stream().map(AttemptCount::attempts).toList());
        assertEquals(NOW.plus(WINDOW), counts.get(0).windowEnd(), "an open window keeps its end");
        assertEquals(NOW.plus(Duration.ofHours(1)), counts.get(1).windowEnd());
    }

    @Test
    void aKeyTwiceInOneCallIsRefused() {
        String key = unique("key");
        assertThrows(IllegalArgumentException.class, () -> db().repositories().attempts().add(List.of(key, key), NOW, WINDOW));
    }

    @Test
    void concurrentAttemptsEachGetTheirOwnCount() throws Exception {
        String key = unique("key");
        String shared = unique("shared");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = IntStream.range(0, 40).<Callable<Integer>>mapToObj(i -> () ->
                    db().repositories().attempts().add(i % 2 == 0 ? List.of(key, shared) : List.of(shared, key), NOW, WINDOW)
                            .get(i % 2 == 0 ? 0 : 1).attempts()).toList();
            List<Integer> seen = pool.invokeAll(calls).stream().map(AttemptsContract::value).sorted().toList();
            assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), seen);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forgivingTakesOneBackButNeverBelowZero() {
        String key = unique("key");
        String untouched = unique("key");
        add(key, NOW);
        add(key, NOW);
        db().repositories().attempts().forgive(List.of(key, untouched), NOW);
        assertEquals(2, add(key, NOW));
        db().repositories().attempts().forgive(List.of(key), NOW);
        db().repositories().attempts().forgive(List.of(key), NOW);
        db().repositories().attempts().forgive(List.of(key), NOW);
        assertEquals(1, add(key, NOW));
        assertEquals(1, add(untouched, NOW), "forgiving an unknown key makes none");
    }

    @Test
    void clearingForgetsTheKey() {
        String key = unique("key");
        String other = unique("key");
        add(key, NOW);
        add(other, NOW);
        db().repositories().attempts().clear(key);
        assertEquals(new AttemptCount(1, NOW.plusSeconds(5).plus(WINDOW)),
                db().repositories().attempts().add(List.of(key), NOW.plusSeconds(5), WINDOW).getFirst());
        assertEquals(2, add(other, NOW));
    }

    @Test
    void purgingRemovesOnlyKeysWhoseWindowHasEnded() {
        Instant farFuture = NOW.plus(3650, ChronoUnit.DAYS);
        String ended = unique("key");
        String open = unique("key");
        db().repositories().attempts().add(List.of(ended), farFuture, WINDOW);
        db().repositories().attempts().add(List.of(ended), farFuture, WINDOW);
        db().repositories().attempts().add(List.of(open), farFuture.plusSeconds(60), WINDOW);

        assertTrue(db().repositories().attempts().purge(farFuture.plus(WINDOW).plusSeconds(1)) >= 1);
        // the ended key starts again even when asked about a time inside its old window
        assertEquals(1, add(ended, farFuture.plusSeconds(1)));
        assertEquals(2, add(open, farFuture.plusSeconds(61)));
    }

    private static int value(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
