package dev.carlot.app.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.TestBackend;
import dev.carlot.app.TestServer;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Health reports the pool as it is: its configured size, and a connection counted as active
 * while someone holds it and idle once it is back.
 */
class HealthTest {
    private static final int POOL_SIZE = 7;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start("--carlot.database.pool-size=" + POOL_SIZE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthIsUpWithTheDatabaseCheckAndItsData() {
        JsonObject data = poolData();

        assertEquals(TestBackend.selected(), data.getString("backend"));
        assertTrue(data.getString("version").startsWith("PostgreSQL "), data.toString());
        assertEquals(POOL_SIZE, data.getInt("poolMax"), "the configured pool size: " + data);
        assertTrue(data.getInt("poolTotal") <= POOL_SIZE, data.toString());
    }

    @Test
    void aHeldConnectionIsActiveAndComesBackIdle() throws Exception {
        awaitPool(data -> data.getInt("poolActive") == 0, "the pool never became quiet");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> server.persistence().inTransaction(tx -> {
            // a transaction may take its connection with its first statement
            tx.users().find(1L);
            holding.countDown();
            await(release);
            return null;
        }), runnable -> Thread.ofPlatform().start(runnable));
        try {
            assertTrue(holding.await(30, TimeUnit.SECONDS), "the transaction never started");

            JsonObject held = poolData();
            assertTrue(held.getInt("poolActive") >= 1, "the held connection is not counted as active: " + held);
            assertTrue(held.getInt("poolTotal") >= 1, held.toString());
        } finally {
            release.countDown();
        }
        holder.get(30, TimeUnit.SECONDS);
        JsonObject after = awaitPool(data -> data.getInt("poolActive") == 0, "the connection never came back");
        assertTrue(after.getInt("poolIdle") >= 1, "the connection that came back is idle: " + after);
    }

    private static JsonObject poolData() {
        var answer = server.http().get("/observe/health");
        assertEquals(200, answer.status(), answer.text());
        assertEquals("UP", answer.object().getString("status"));
        return databaseCheck(answer.object()).getJsonObject("data");
    }

    /** Polls health; background jobs may hold a connection for a moment, so a single look could lie. */
    private static JsonObject awaitPool(java.util.function.Predicate<JsonObject> condition, String failure) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonObject data = poolData();
        while (!condition.test(data)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure + ": " + data);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            data = poolData();
        }
        return data;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static JsonObject databaseCheck(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
    }
}
