package dev.carlot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import jakarta.json.Json;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** nosniff on every answer, whoever writes it; no-store on answers that may hold a token or private data. */
class ResponseHeadersTest {
    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyKindOfAnswerCarriesNosniff() {
        var answers = java.util.List.of(http.get("/api/cars"), http.get("/no/such/path"),
                http.send("DELETE", "/openapi", Optional.empty()), http.get("/observe/health"),
                http.get("/observe/metrics"), http.get("/openapi"), http.get("/api/users/me"),
                http.send("POST", "/api/auth/login", Optional.of("{not json")));

        for (var answer : answers) {
            assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse("missing"),
                    answer.status() + " " + answer.text());
        }
    }

    @Test
    void registerAndLoginAnswersAreNotStored() {
        var account = Accounts.aUser(http);
        var login = http.post("/api/auth/login", Json.createObjectBuilder().add("email", account.email())
                .add("password", account.password()).build());
        var refused = http.post("/api/auth/login", Json.createObjectBuilder().add("email", account.email())
                .add("password", "not the password").build());

        assertEquals(200, login.status());
        assertEquals("no-store", login.header("Cache-Control").orElse("missing"));
        assertEquals("no-store", refused.header("Cache-Control").orElse("missing"));
    }

    @Test
    void anAuthenticatedAnswerIsNotStoredAndAPublicOneMayBe() {
        var account = Accounts.aUser(http);

        assertEquals("no-store", http.get("/api/users/me", account.token()).header("Cache-Control").orElse("missing"));
        assertTrue(http.get("/api/cars").header("Cache-Control").isEmpty());
    }
}
