package dev.carlot.app.accounts;

import static dev.carlot.app.accounts.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /api/auth/login and /api/auth/logout; the token lifetime is configured to one hour here. */
class LoginApiTest {
    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer("--carlot.accounts.token-ttl=PT1H");

    @Test
    void loginAnswersTheUserAndANewTokenThatWorksBesideTheFirst() {
        Account account = Accounts.aSeller(http.raw());

        Http.Answer answer = http.post("/api/auth/login", credentials(account.email(), Accounts.PASSWORD));

        assertEquals(200, answer.status(), answer.text());
        JsonObject login = answer.object();
        assertEquals(Set.of("user", "token", "expiresAt"), login.keySet());
        assertEquals(account.id(), login.getJsonObject("user").getJsonNumber("id").longValueExact());
        assertEquals("seller", login.getJsonObject("user").getString("role"));
        assertNotEquals(account.token(), login.getString("token"));
        assertEquals(200, http.get("/api/users/me", login.getString("token")).status());
        assertEquals(200, http.get("/api/users/me", account.token()).status());
    }

    @Test
    void tokensLastTheConfiguredTime() {
        Account account = Accounts.aUser(http.raw());
        Instant before = Instant.now();

        JsonObject login = http.post("/api/auth/login", credentials(account.email(), Accounts.PASSWORD)).object();

        Instant expiresAt = Instant.parse(login.getString("expiresAt"));
        assertTrue(!expiresAt.isBefore(before.plus(Duration.ofHours(1)).minusSeconds(1))
                && expiresAt.isBefore(Instant.now().plus(Duration.ofHours(1)).plusSeconds(1)), expiresAt::toString);
    }

    @Test
    void theEmailMayBeTypedInAnyCase() {
        Account account = Accounts.aUser(http.raw());
        Http.Answer answer = http.post("/api/auth/login", credentials(account.email().toUpperCase(), Accounts.PASSWORD));
        assertEquals(200, answer.status(), answer.text());
    }

    @Test
    void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
        Account account = Accounts.aUser(http.raw());

        Http.Answer wrongPassword = http.post("/api/auth/login", credentials(account.email(), "not the password"));
        Http.Answer unknownEmail = http.post("/api/auth/login", credentials("nobody@example.com", Accounts.PASSWORD));

        assertEquals(401, wrongPassword.status(), wrongPassword.text());
        assertTrue(wrongPassword.contentType().startsWith("application/problem+json"), wrongPassword.contentType());
        assertEquals(wrongPassword.status(), unknownEmail.status());
        assertEquals(wrongPassword.text(), unknownEmail.text());
        assertEquals(wrongPassword.contentType(), unknownEmail.contentType());
    }

    @Test
    void anAccountWhoseStoredHashIsNotBcryptCannotSignInButGetsNoError() {
        http.server().persistence().repositories().users().create(new NewUser("imported@example.com", "Imported", Role.USER, "not-a-bcrypt-hash"));

        Http.Answer answer = http.post("/api/auth/login", credentials("imported@example.com", "not-a-bcrypt-hash"));

        assertEquals(401, answer.status(), answer.text());
        assertEquals(http.post("/api/auth/login", credentials("nobody@example.com", "whatever1")).text(), answer.text());
    }

    static Stream<Object[]> malformedLogins() {
        return Stream.of(
                new Object[] {"{}", List.of("email", "password")},
                new Object[] {"{\"email\": \"a@example.com\"}", List.of("password")},
                new Object[] {"{\"password\": \"whatever1\"}", List.of("email")},
                new Object[] {"{\"email\": 7, \"password\": \"whatever1\"}", List.of("email")},
                new Object[] {"{\"email\": \"a@example.com\", \"password\": 12345678}", List.of("password")},
                new Object[] {"{\"email\": \"a@example.com\", \"password\": \"whatever1\", \"remember\": true}",
                        List.of("remember")});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedLogins")
    void missingOrWrongTypedFieldsAreA400(String body, List<String> fields) {
        assertEquals(fields, RegisterApiTest.badFields(http.send("POST", "/api/auth/login", body)));
    }

    @Test
    void logoutEndsOnlyTheTokenItWasSentWith() {
        Account account = Accounts.aUser(http.raw());
        String second = Accounts.login(http.raw(), account);

        Http.Answer logout = http.post("/api/auth/logout", Json.createObjectBuilder().build(), account.token());

        assertEquals(204, logout.status(), logout.text());
        assertEquals(401, http.get("/api/users/me", account.token()).status());
        assertEquals(200, http.get("/api/users/me", second).status());
    }

    @Test
    void loggingOutNeedsAValidToken() {
        Account account = Accounts.aUser(http.raw());
        assertEquals(401, http.post("/api/auth/logout", Json.createObjectBuilder().build()).status());
        assertEquals(204, http.post("/api/auth/logout", Json.createObjectBuilder().build(), account.token()).status());
        assertEquals(401, http.post("/api/auth/logout", Json.createObjectBuilder().build(), account.token()).status());
    }
}
