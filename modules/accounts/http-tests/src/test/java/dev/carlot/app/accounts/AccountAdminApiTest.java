package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /api/admin/users: an operator finds accounts, disables and enables them, and ends their sessions. */
class AccountAdminApiTest {
    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer();

    private static Http.Answer put(String path, String token) {
        return http.raw().send("PUT", path, Optional.empty(), token);
    }

    private static JsonObject account(Account account) {
        Http.Answer answer = http.get("/api/admin/users?email=" + account.email(), http.admin().token());
        assertEquals(200, answer.status(), answer.text());
        assertEquals(1, answer.object().getInt("total"), answer.text());
        return answer.object().getJsonArray("items").getJsonObject(0);
    }

    private static void assertProblem(int status, Http.Answer answer) {
        assertEquals(status, answer.status(), answer.text());
        assertEquals("application/problem+json", answer.contentType());
        assertFalse(answer.object().getString("detail").isBlank());
    }

    @Test
    void anAdminFindsAccountsByAnyPartOfTheirEmailWithTheirState() {
        Account seller = Accounts.aSeller(http.raw());
        String part = seller.email().substring(2, seller.email().indexOf('@')).toUpperCase();

        Http.Answer answer = http.get("/api/admin/users?email=" + part, http.admin().token());

        assertEquals(200, answer.status(), answer.text());
        assertEquals(1, answer.object().getInt("total"), answer.text());
        JsonObject found = answer.object().getJsonArray("items").getJsonObject(0);
        assertEquals(seller.email(), found.getString("email"));
        assertEquals("seller", found.getString("role"));
        assertFalse(found.getBoolean("disabled"));
        assertEquals(1, found.getInt("sessions"));
    }

    @Test
    void aSearchTakesPercentAndUnderscoreLiterally() {
        Accounts.aUser(http.raw());
        Http.Answer answer = http.get("/api/admin/users?email=%25_", http.admin().token());
        assertEquals(0, answer.object().getInt("total"), answer.text());
    }

    @Test
    void aDisabledAccountLosesItsSessionsAndCannotSignInUntilEnabled() {
        Account user = Accounts.aUser(http.raw());

        Http.Answer disabled = put("/api/admin/users/" + user.id() + "/disabled", http.admin().token());

        assertEquals(200, disabled.status(), disabled.text());
        assertTrue(disabled.object().getBoolean("disabled"));
        assertEquals(0, disabled.object().getInt("sessions"));
        assertEquals(401, http.get("/api/users/me", user.token()).status());
        Http.Answer login = http.post("/api/auth/login", Accounts.credentials(user.email(), user.password()));
        assertProblem(403, login);
        assertEquals("https://carlot.dev/problems/account-disabled", login.object().getString("type"));
        assertEquals(401, http.post("/api/auth/login", Accounts.credentials(user.email(), "a wrong password")).status());

        Http.Answer enabled = http.delete("/api/admin/users/" + user.id() + "/disabled", http.admin().token());

        assertEquals(200, enabled.status(), enabled.text());
        assertFalse(account(user).getBoolean("disabled"));
        assertEquals(200, http.get("/api/users/me", Accounts.login(http.raw(), user)).status());
    }

    @Test
    void anAdminCannotDisableThemselves() {
        assertProblem(409, put("/api/admin/users/" + http.admin().id() + "/disabled", http.admin().token()));
        assertEquals(200, http.get("/api/users/me", http.admin().token()).status());
    }

    @Test
    void endingSessionsStopsEveryTokenOfTheAccountButNotItsSignIn() {
        Account user = Accounts.aUser(http.raw());
        String second = Accounts.login(http.raw(), user);
        assertEquals(2, account(user).getInt("sessions"));

        Http.Answer ended = http.delete("/api/admin/users/" + user.id() + "/sessions", http.admin().token());

        assertEquals(200, ended.status(), ended.text());
        assertEquals(0, ended.object().getInt("sessions"));
        assertEquals(401, http.get("/api/users/me", user.token()).status());
        assertEquals(401, http.get("/api/users/me", second).status());
        assertEquals(200, http.get("/api/users/me", Accounts.login(http.raw(), user)).status());
    }

    @Test
    void eachChangeIsInTheAuditLogUnderTheAdminsName() {
        Account user = Accounts.aUser(http.raw());
        put("/api/admin/users/" + user.id() + "/disabled", http.admin().token());
        http.delete("/api/admin/users/" + user.id() + "/disabled", http.admin().token());
        http.delete("/api/admin/users/" + user.id() + "/sessions", http.admin().token());

        Http.Answer log = http.get("/api/admin/audit?actor=" + http.admin().id() + "&limit=3", http.admin().token());

        assertEquals(200, log.status(), log.text());
        var items = log.object().getJsonArray("items");
        assertEquals(List.of("sessions.ended", "account.enabled", "account.disabled"),
                items.stream().map(i -> i.asJsonObject().getString("event")).toList());
        items.forEach(i -> assertEquals(user.id(), i.asJsonObject().getJsonNumber("target").longValueExact()));
    }

    @Test
    void onlyAnAdminManagesAccounts() {
        Account user = Accounts.aUser(http.raw());
        Account other = Accounts.aUser(http.raw());
        String base = "/api/admin/users/" + other.id();
        assertProblem(403, http.get("/api/admin/users", user.token()));
        assertProblem(403, put(base + "/disabled", user.token()));
        assertProblem(403, http.delete(base + "/disabled", user.token()));
        assertProblem(403, http.delete(base + "/sessions", user.token()));
        assertProblem(401, http.get("/api/admin/users"));
        assertEquals(200, http.get("/api/users/me", other.token()).status());
    }

    @Test
    void anUnknownAccountIsA404() {
        assertProblem(404, put("/api/admin/users/999999999/disabled", http.admin().token()));
        assertProblem(404, http.delete("/api/admin/users/999999999/sessions", http.admin().token()));
    }
}
