package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.DatabaseHealth.ReplicaState;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.ReadConsistency;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.contract.Fixtures;
import dev.carlot.persistence.data.Car;
import dev.carlot.testing.postgres.Eventually;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The read replica's settings, and a read URL that does not name a replica. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaSettingsTest {

    private TestDatabase database;

    @BeforeAll
    void createDatabase() {
        database = TestDatabases.fresh();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    @Test
    void aMaximumLagThatIsNotAPositiveDurationIsRefusedByName() {
        for (String bad : new String[] {"5s", "PT0S", "-PT1S"}) {
            var refused = assertThrows(InvalidDataException.class, () -> new PostgresProvider().open(database.settings()
                    .with(Settings.READ_URL, database.jdbcUrl()).with(Settings.READ_MAX_LAG, bad)));
            assertTrue(refused.getMessage().contains("read-max-lag") && refused.getMessage().contains(bad),
                    refused.getMessage());
        }
    }

    @Test
    void aReadUrlOfAServerThatIsNotInRecoveryIsNotUsedAndHealthSaysSo() {
        try (Persistence persistence = new PostgresProvider().open(database.settings()
                .with(Settings.READ_URL, database.jdbcUrl()))) {
            persistence.migrate();
            Car car = new Fixtures(persistence).anAvailableCar();
            Eventually.await("the probe has looked at the read URL's server",
                    () -> persistence.health().replica().orElseThrow().state() != ReplicaState.STARTING);

            assertEquals(ReplicaState.NOT_A_REPLICA, persistence.health().replica().orElseThrow().state());
            AtomicReference<Optional<Car>> read = new AtomicReference<>();
            persistence.within(ReadConsistency.anonymous(false),
                    () -> read.set(persistence.repositories().cars().find(car.id())));
            assertEquals(Optional.of(car), read.get());
        }
    }

    @Test
    void withoutAReadUrlHealthHasNoReplica() {
        try (Persistence persistence = new PostgresProvider().open(database.settings())) {
            assertEquals(Optional.empty(), persistence.health().replica());
        }
    }
}
