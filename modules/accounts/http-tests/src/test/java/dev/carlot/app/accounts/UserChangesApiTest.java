package dev.carlot.app.accounts;

import static dev.carlot.app.accounts.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PATCH /api/users/{id}: names, passwords (and the sessions they end) and roles. */
class UserChangesApiTest {
    private static final String NEW_PASSWORD = "a brand new passphrase";

    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer();

    private static Http.Answer change(Account who, long id, String field, String value) {
        return http.patch("/api/users/" + id, Json.createObjectBuilder().add(field, value).build(), who.token());
    }

    private static Http.Answer changePassword(Account who, long id, String password, String current) {
        return http.patch("/api/users/" + id, Json.createObjectBuilder().add("password", password)
                .add("currentPassword", current).build(), who.token());
    }

    private static String roleOf(Account account) {
        return http.get("/api/users/me", account.token()).object().getString("role");
    }

    @Test
    void aUserRenamesThemselves() {
        Account account = Accounts.aUser(http.raw());

        Http.Answer answer = change(account, account.id(), "name", "  Renamed  ");

        assertEquals(200, answer.status(), answer.text());
        JsonObject user = answer.object();
        assertEquals(RegisterApiTest.USER_FIELDS, user.keySet());
        assertEquals("Renamed", user.getString("name"));
        assertTrue(!Instant.parse(user.getString("updatedAt")).isBefore(Instant.parse(user.getString("createdAt"))));
        assertEquals("Renamed", http.get("/api/users/me", account.token()).object().getString("name"));
    }

    @Test
    void changingOnesPasswordEndsEveryOtherSessionButThisOne() {
        Account account = Accounts.aUser(http.raw());
        String elsewhere = Accounts.login(http.raw(), account);

        Http.Answer answer = changePassword(account, account.id(), NEW_PASSWORD, Accounts.PASSWORD);

        assertEquals(200, answer.status(), answer.text());
        assertEquals(401, http.get("/api/users/me", elsewhere).status());
        assertEquals(200, http.get("/api/users/me", account.token()).status());
        assertEquals(200, http.post("/api/auth/login", credentials(account.email(), NEW_PASSWORD)).status());
        assertEquals(401, http.post("/api/auth/login", credentials(account.email(), Accounts.PASSWORD)).status());
    }

    @Test
    void changingOnesOwnPasswordWithoutTheCurrentOneIsA400OnThatField() {
        Account account = Accounts.aUser(http.raw());

        Http.Answer answer = change(account, account.id(), "password", NEW_PASSWORD);

        assertEquals(List.of("currentPassword"), RegisterApiTest.badFields(answer));
        assertEquals(200, http.post("/api/auth/login", credentials(account.email(), Accounts.PASSWORD)).status());
    }

    @Test
    void aWrongCurrentPasswordIsA400OnThatFieldAndChangesNothing() {
        Account account = Accounts.aUser(http.raw());
        String elsewhere = Accounts.login(http.raw(), account);

        Http.Answer answer = changePassword(account, account.id(), NEW_PASSWORD, "not my password at all");

        assertEquals(List.of("currentPassword"), RegisterApiTest.badFields(answer));
        assertEquals(200, http.get("/api/users/me", elsewhere).status());
        assertEquals(401, http.post("/api/auth/login", credentials(account.email(), NEW_PASSWORD)).status());
    }

    @Test
    void wrongCurrentPasswordsCountAgainstTheSignInBudget() {
        Account account = Accounts.aUser(http.raw());
        JsonObject guess = Json.createObjectBuilder().add("password", NEW_PASSWORD).add("currentPassword", "guess").build();
        for (int i = 0; i < 5; i++) {
            assertEquals(400, Loopback.send(http.raw(), "127.0.6.1", "PATCH", "/api/users/" + account.id(), guess,
                    account.token()).status());
        }

        JsonObject right = Json.createObjectBuilder().add("password", NEW_PASSWORD)
                .add("currentPassword", Accounts.PASSWORD).build();
        Http.Answer refused = Loopback.send(http.raw(), "127.0.6.1", "PATCH", "/api/users/" + account.id(), right,
                account.token());
        assertEquals(429, refused.status(), refused.text());
        assertTrue(refused.header("Retry-After").isPresent());
        assertEquals(429, Loopback.login(http.raw(), "127.0.6.1", account.email(), Accounts.PASSWORD).status(),
                "one budget for signing in and for proving the password");
        assertEquals(200, Loopback.login(http.raw(), "127.0.6.2", account.email(), Accounts.PASSWORD).status());
    }

    @Test
    void anAdminChangingTheirOwnPasswordGivesTheCurrentOneToo() {
        Account admin = Accounts.anAdmin(http.server());
        assertEquals(List.of("currentPassword"),
                RegisterApiTest.badFields(change(admin, admin.id(), "password", NEW_PASSWORD)));
        assertEquals(200, changePassword(admin, admin.id(), NEW_PASSWORD, Accounts.PASSWORD).status());
    }

    @Test
    void anAdminSettingSomeonesPasswordEndsAllTheirSessions() {
        Account account = Accounts.aUser(http.raw());
        String elsewhere = Accounts.login(http.raw(), account);

        assertEquals(200, change(http.admin(), account.id(), "password", NEW_PASSWORD).status());

        assertEquals(401, http.get("/api/users/me", account.token()).status());
        assertEquals(401, http.get("/api/users/me", elsewhere).status());
        assertEquals(200, http.get("/api/users/me", http.admin().token()).status());
        assertEquals(200, http.post("/api/auth/login", credentials(account.email(), NEW_PASSWORD)).status());
    }

    @Test
    void aRenameEndsNoSession() {
        Account account = Accounts.aUser(http.raw());
        String elsewhere = Accounts.login(http.raw(), account);
        assertEquals(200, change(account, account.id(), "name", "Still signed in").status());
        assertEquals(200, http.get("/api/users/me", elsewhere).status());
    }

    @Test
    void onlyAnAdminChangesRolesEvenTheirOwn() {
        Account account = Accounts.aUser(http.raw());

        Http.Answer answer = change(account, account.id(), "role", "seller");

        assertEquals(403, answer.status(), answer.text());
        assertEquals("user", roleOf(account));
        JsonObject sameRole = Json.createObjectBuilder().add("name", "X").add("role", "user").build();
        assertEquals(403, http.patch("/api/users/" + account.id(), sameRole, account.token()).status());
    }

    @Test
    void anAdminChangesARoleWhichTakesEffectAtOnce() {
        Account account = Accounts.aUser(http.raw());
        assertEquals(403, http.get("/api/users", account.token()).status());

        Http.Answer answer = change(http.admin(), account.id(), "role", "admin");

        assertEquals(200, answer.status(), answer.text());
        assertEquals("admin", answer.object().getString("role"));
        assertEquals(200, http.get("/api/users", account.token()).status());
    }

    @Test
    void anotherUsersAccountCannotBeChanged() {
        Account account = Accounts.aUser(http.raw());
        Account other = Accounts.aUser(http.raw());
        assertEquals(403, change(account, other.id(), "name", "Hijacked").status());
        assertEquals(403, changePassword(account, other.id(), NEW_PASSWORD, Accounts.PASSWORD).status());
        assertEquals(200, http.post("/api/auth/login", credentials(other.email(), Accounts.PASSWORD)).status());
    }

    @Test
    void everyInvalidFieldIsListed() {
        Account account = Accounts.aUser(http.raw());
        JsonObject body = Json.createObjectBuilder().add("name", "").add("password", "short").add("role", "boss").build();
        assertEquals(List.of("name", "password", "role"),
                RegisterApiTest.badFields(http.patch("/api/users/" + account.id(), body, http.admin().token())));
        assertEquals(List.of("email"), RegisterApiTest.badFields(change(account, account.id(), "email", "x@example.com")));
        assertEquals(List.of("password"), RegisterApiTest.badFields(change(account, account.id(), "password", "p".repeat(129))));
    }

    @Test
    void anEmptyChangeAnswersTheAccountUnchanged() {
        Account account = Accounts.aUser(http.raw());
        Http.Answer answer = http.patch("/api/users/" + account.id(), JsonValue.EMPTY_JSON_OBJECT, account.token());
        assertEquals(200, answer.status(), answer.text());
        assertEquals(http.get("/api/users/me", account.token()).object(), answer.object());
    }

    @Test
    void changingNeedsATokenAndAKnownId() {
        assertEquals(401, http.patch("/api/users/" + http.admin().id(), JsonValue.EMPTY_JSON_OBJECT).status());
        assertEquals(404, change(http.admin(), 999_999_999, "name", "Nobody").status());
        assertEquals(404, http.patch("/api/users/me", JsonValue.EMPTY_JSON_OBJECT, http.admin().token()).status());
    }
}
