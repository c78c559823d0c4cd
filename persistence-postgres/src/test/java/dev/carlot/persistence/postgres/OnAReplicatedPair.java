package dev.carlot.persistence.postgres;

import dev.carlot.persistence.contract.Fixtures;
import dev.carlot.persistence.data.User;
import dev.carlot.testing.postgres.StreamingReplication;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The world of the replica tests: a real primary and streaming replica ({@code pair}), Carlot
 * reading from it with the test's lag bound ({@code db}), a seller with a car the replica has
 * replayed, and replay running again after each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnAReplicatedPair {
    StreamingReplication pair;
    Replicated db;
    Fixtures fixtures;
    User seller;

    /** How far the replica may lag before reads skip it. */
    abstract Duration maxLag();

    @BeforeAll
    void startPair() {
        Assumptions.assumeTrue(StreamingReplication.available(), "no PostgreSQL binaries to build a replica with");
        pair = StreamingReplication.start();
        db = Replicated.open(pair, maxLag());
        fixtures = new Fixtures(db.persistence);
        seller = fixtures.aSeller();
        db.caughtUp(fixtures.anAvailableCarOf(seller));
    }

    @AfterEach
    void replayAgain() {
        pair.resumeReplay();
    }

    @AfterAll
    void stopPair() {
        if (db != null) {
            db.close();
        }
        if (pair != null) {
            pair.close();
        }
    }
}
