package dev.carlot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.TestServer;
import dev.carlot.feature.Tokens;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bearer token filter, seen through GET /api/users/me, which needs a caller. */
class AuthenticationTest {
    private static TestServer server;
    private static User user;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        user = server.persistence().repositories().users().create(new NewUser("ada@example.com", "Ada", Role.USER, "not-a-real-hash"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aValidTokenMakesItsUserTheCaller() {
        String token = aSession(Instant.now().plus(Duration.ofHours(1)));

        var answer = server.http().get("/api/users/me", token);

        assertEquals(200, answer.status(), answer.text());
        assertEquals("ada@example.com", answer.object().getString("email"));
    }

    @Test
    void anExpiredTokenIsTreatedAsNone() {
        String token = aSession(Instant.now().minus(Duration.ofMinutes(1)));

        assertEquals(401, server.http().get("/api/users/me", token).status());
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        String token = aSession(Instant.now().plus(Duration.ofHours(1)));
        var request = java.net.http.HttpRequest.newBuilder(server.http().uri("/api/users/me"))
                .header("Authorization", "bearer " + token).GET().build();

        assertEquals(200, server.http().send(request).status());
    }

    private static String aSession(Instant expiresAt) {
        String token = Tokens.generate();
        server.persistence().repositories().sessions().create(user.id(), Tokens.hash(token), expiresAt);
        return token;
    }
}
