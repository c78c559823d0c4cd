package dev.carlot.app.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server whose database has gone: health says so, and requests that need it get 503. */
class DatabaseDownTest {
    private static TestServer server;

    @BeforeAll
    static void startAndBreak() {
        server = TestServer.start();
        server.backend().breakDatabase();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthIsDownWith503AndTheReason() {
        var answer = server.http().get("/observe/health");

        assertEquals(503, answer.status());
        assertEquals("DOWN", answer.object().getString("status"));
        var check = HealthTest.databaseCheck(answer.object());
        assertEquals("DOWN", check.getString("status"));
        String error = check.getJsonObject("data").getString("error");
        assertFalse(error.isBlank());
        // anonymous: nothing about where the database is
        assertFalse(error.contains("127.0.0.1") || error.contains("localhost") || error.matches(".*:\\d+.*"), error);
        assertEquals(server.persistence().backend(), check.getJsonObject("data").getString("backend"));
    }

    @Test
    void aRequestThatNeedsTheDatabaseGets503WithRetryAfter() {
        // the authentication filter looks the token up, so any route will do
        var answer = server.http().get("/api/users/me", "some-token");

        assertEquals(503, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("5", answer.header("Retry-After").orElseThrow());
        String detail = answer.object().getString("detail");
        assertTrue(detail.contains("try again"), detail);
        assertFalse(detail.contains("127.0.0.1"), "the database's address stays inside: " + detail);
    }
}
