package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.DatabaseHealth.ReplicaState;
import dev.carlot.persistence.contract.Fixtures;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.User;
import dev.carlot.testing.postgres.Eventually;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Plain reads go to a real streaming replica, and a session reads its own writes there. Pausing
 * the replica's replay makes it lag deterministically: a row written then is on the primary
 * only, so whether a read finds it says which server answered. The bound is generous here, so
 * the paused replica keeps serving; {@link ReplicaFallbackTest} crosses it.
 */
class ReplicaReadsTest extends OnAReplicatedPair {

    @Override
    Duration maxLag() {
        return Duration.ofMinutes(10);
    }

    @Test
    void aPlainReadGoesToTheReplicaAndSeesWhatItHasReplayed() {
        pair.pauseReplay();
        Car written = fixtures.anAvailableCarOf(seller);

        assertFalse(db.anonymousReadFinds(written), "the paused replica answered, without the new car");
        assertEquals(ReplicaState.SERVING, db.replicaState());
        assertEquals(Optional.of(written), db.persistence.repositories().cars().find(written.id()),
                "work outside a request reads the primary");

        pair.resumeReplay();
        Eventually.await("the replica replays the car", () -> db.anonymousReadFinds(written));
    }

    @Test
    void aSessionReadsItsOwnWriteRightAfterItWhileTheReplicaIsPaused() {
        String session = db.aSessionOf(seller);
        db.caughtUp(fixtures.anAvailableCarOf(seller));
        pair.pauseReplay();

        Car own = db.asSession(session, true, () -> db.persistence.repositories().cars().create(Fixtures.aNewCar(seller.id())));

        assertEquals(Optional.of(own), db.asSession(session, false, () -> db.persistence.repositories().cars().find(own.id())));
        assertFalse(db.anonymousReadFinds(own), "another client still reads the paused replica");
    }

    @Test
    void aSessionReadsTheReplicaAgainOnceItHasReplayedTheSessionsWrite() {
        String session = db.aSessionOf(seller);
        db.asSession(session, true, () -> db.persistence.repositories().cars().create(Fixtures.aNewCar(seller.id())));
        // a car written after the session's write: once the replica has it, it has the session's write too
        db.caughtUp(fixtures.anAvailableCarOf(seller));
        pair.pauseReplay();

        Car someoneElses = fixtures.anAvailableCarOf(seller);

        // the probe samples the replica's replay position every 200 ms: the read moves to the replica
        // once a sample has passed the session's write, which the replica replayed before the pause
        Eventually.await("the session's write is replayed, so it reads the (paused) replica",
                () -> db.asSession(session, false, () -> db.persistence.repositories().cars()
                        .find(someoneElses.id())).isEmpty());
    }

    @Test
    void aRequestThatWritesReadsThePrimary() {
        String session = db.aSessionOf(seller);
        db.caughtUp(fixtures.anAvailableCarOf(seller));
        pair.pauseReplay();
        Car written = fixtures.anAvailableCarOf(seller);

        assertEquals(Optional.of(written), db.asSession(session, true, () -> db.persistence.repositories().cars()
                .find(written.id())));
    }

    @Test
    void aNewSessionSeesWhatWasWrittenBeforeItBegan() {
        pair.pauseReplay();
        User registered = fixtures.aUser();
        String session = db.aSessionOf(registered);

        assertEquals(Optional.of(registered), db.asSession(session, false, () -> db.persistence.repositories().users()
                .find(registered.id())));
        assertTrue(db.anonymously(() -> db.persistence.repositories().users().find(registered.id())).isEmpty(),
                "the replica, paused, has not replayed the registration");
    }
}
