package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.DatabaseHealth.ReplicaState;
import dev.carlot.persistence.data.Car;
import dev.carlot.testing.postgres.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A replica that lags past the bound, or stops, is skipped and reads go to the primary without
 * an error reaching the caller; it is used again once it has caught up or come back. That reads
 * reach the replica again is seen in the replica's own statistics of scans of table cars.
 */
class ReplicaFallbackTest extends OnAReplicatedPair {

    @Override
    Duration maxLag() {
        return Duration.ofSeconds(1);
    }

    @Test
    void aReplicaLaggingPastTheBoundIsSkippedAndUsedAgainOnceItCatchesUp() {
        pair.pauseReplay();
        Car written = fixtures.anAvailableCarOf(seller);

        Eventually.await("reads go to the primary, the only server with the car", () -> db.anonymousReadFinds(written));
        assertEquals(ReplicaState.LAGGING, db.replicaState());

        pair.resumeReplay();
        Eventually.await("the replica serves again", () -> db.replicaState() == ReplicaState.SERVING);
        readsReachTheReplica(written);
    }

    @Test
    void aStoppedReplicaIsSkippedWithoutAnErrorAndUsedAgainWhenItIsBack() throws InterruptedException {
        Car car = fixtures.anAvailableCarOf(seller);
        db.caughtUp(car);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicLong found = new AtomicLong();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = Thread.ofVirtual().start(() -> {
            while (reading.get()) {
                try {
                    if (db.anonymousReadFinds(car)) {
                        found.incrementAndGet();
                    } else {
                        failures.add(new AssertionError("a read did not find the car"));
                    }
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        });
        try {
            pair.stopReplica();
            Eventually.await("the replica is skipped", () -> db.replicaState() == ReplicaState.DOWN);
            long whileDown = found.get();
            Eventually.await("reads go on while the replica is down", () -> found.get() > whileDown + 10);

            pair.startReplica();
            Eventually.await("the replica serves again", () -> db.replicaState() == ReplicaState.SERVING);
            readsReachTheReplica(car);
        } finally {
            reading.set(false);
            reader.join();
        }
        assertEquals(List.of(), failures.stream().map(Throwable::toString).toList(), "no read failed");
        assertTrue(found.get() > 0);
    }

    private void readsReachTheReplica(Car car) {
        long before = db.replicaCarScans();
        Eventually.await("reads reach the replica", () -> db.anonymousReadFinds(car) && db.replicaCarScans() > before);
    }
}
