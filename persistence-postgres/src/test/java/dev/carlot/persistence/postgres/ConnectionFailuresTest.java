package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.UnavailableException;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A pool of one connection, so that losing or holding it is visible to the next call. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionFailuresTest {

    private TestDatabase database;
    private Persistence persistence;
    private User user;

    @BeforeAll
    void open() {
        database = TestDatabases.fresh();
        persistence = new PostgresProvider().open(database.settings().with(Settings.POOL_SIZE, "1"));
        persistence.migrate();
        user = persistence.repositories().users().create(new NewUser("kept@failures.test", "Kept", Role.USER, "$2a$hash"));
    }

    @AfterAll
    void close() {
        persistence.close();
        database.close();
    }

    @Test
    void aReadSurvivesTheServerEndingItsConnection() {
        assertEquals(Optional.of(user), persistence.repositories().users().find(user.id()));
        database.run("select pg_terminate_backend(pid) from pg_stat_activity"
                + " where datname = current_database() and application_name = 'carlot'");

        assertEquals(Optional.of(user), persistence.repositories().users().find(user.id()));
        assertEquals(Optional.of(user), persistence.repositories().users().find(user.id()));
    }

    @Test
    void whenNoConnectionBecomesFreeACallIsUnavailable() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> persistence.inTransaction(tx -> {
            tx.users().find(user.id());
            holding.countDown();
            await(release);
            return null;
        }));
        holding.await();
        try {
            var unavailable = assertThrows(UnavailableException.class, () -> persistence.repositories().users().find(user.id()));
            assertTrue(unavailable.getMessage().startsWith("no database connection became free within"),
                    unavailable.getMessage());
        } finally {
            release.countDown();
            holder.get();
        }
        assertEquals(Optional.of(user), persistence.repositories().users().find(user.id()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
