package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/users/me, /api/users and /api/users/{id}: who may read which account. */
class UsersApiTest {
    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer();

    private static long id(JsonObject user) {
        return user.getJsonNumber("id").longValueExact();
    }

    @Test
    void meAnswersTheCallersAccount() {
        Account account = Accounts.aSeller(http.raw());

        Http.Answer me = http.get("/api/users/me", account.token());

        assertEquals(200, me.status(), me.text());
        JsonObject user = me.object();
        assertEquals(RegisterApiTest.USER_FIELDS, user.keySet());
        assertEquals(account.id(), id(user));
        assertEquals(account.email(), user.getString("email"));
        assertEquals("seller", user.getString("role"));
        assertTrue(!Instant.parse(user.getString("updatedAt")).isBefore(Instant.parse(user.getString("createdAt"))));
    }

    @Test
    void meNeedsAValidToken() {
        assertEquals(401, http.get("/api/users/me").status());
        assertEquals(401, http.get("/api/users/me", "not-a-token-anyone-was-given").status());
    }

    @Test
    void anAdminListsAccountsInPagesOldestFirst() {
        String admin = http.admin().token();
        List<Long> made = List.of(Accounts.aUser(http.raw()).id(), Accounts.aUser(http.raw()).id(),
                Accounts.aUser(http.raw()).id());
        long total = http.get("/api/users?limit=0", admin).object().getJsonNumber("total").longValueExact();

        Http.Answer answer = http.get("/api/users?limit=2&offset=" + (total - 3), admin);

        assertEquals(200, answer.status(), answer.text());
        JsonObject page = answer.object();
        assertEquals(Set.of("items", "total", "limit", "offset"), page.keySet());
        assertEquals(total, page.getJsonNumber("total").longValueExact());
        assertEquals(2, page.getInt("limit"));
        assertEquals(total - 3, page.getJsonNumber("offset").longValueExact());
        assertEquals(made.subList(0, 2), page.getJsonArray("items").stream().map(u -> id(u.asJsonObject())).toList());
        assertEquals(RegisterApiTest.USER_FIELDS, page.getJsonArray("items").getJsonObject(0).keySet());
    }

    @Test
    void theDefaultPageHoldsTwentyFromTheStart() {
        JsonObject page = http.get("/api/users", http.admin().token()).object();
        assertEquals(20, page.getInt("limit"));
        assertEquals(0, page.getInt("offset"));
    }

    @Test
    void onlyAnAdminListsAccounts() {
        assertEquals(401, http.get("/api/users").status());
        assertEquals(403, http.get("/api/users", Accounts.aUser(http.raw()).token()).status());
        assertEquals(403, http.get("/api/users", Accounts.aSeller(http.raw()).token()).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=101", "limit=-1", "limit=ten", "offset=-1", "offset=x"})
    void aBadPageIsA400NamingTheParameter(String query) {
        Http.Answer answer = http.get("/api/users?" + query, http.admin().token());
        assertEquals(List.of(query.substring(0, query.indexOf('='))), RegisterApiTest.badFields(answer));
    }

    @Test
    void aUserReadsTheirOwnAccountById() {
        Account account = Accounts.aUser(http.raw());
        Http.Answer answer = http.get("/api/users/" + account.id(), account.token());
        assertEquals(200, answer.status(), answer.text());
        assertEquals(http.get("/api/users/me", account.token()).object(), answer.object());
    }

    @Test
    void anotherUsersAccountIsForbidden() {
        Account reader = Accounts.aUser(http.raw());
        Account other = Accounts.aSeller(http.raw());
        Http.Answer answer = http.get("/api/users/" + other.id(), reader.token());
        assertEquals(403, answer.status(), answer.text());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    }

    @Test
    void anAdminReadsAnyAccount() {
        Account other = Accounts.aSeller(http.raw());
        Http.Answer answer = http.get("/api/users/" + other.id(), http.admin().token());
        assertEquals(200, answer.status(), answer.text());
        assertEquals(other.email(), answer.object().getString("email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999", "0", "-4", "abc", "1.5"})
    void anUnknownOrMalformedIdIsA404(String id) {
        assertEquals(404, http.get("/api/users/" + id, http.admin().token()).status());
    }

    @Test
    void readingAnAccountByIdNeedsAToken() {
        assertEquals(401, http.get("/api/users/" + http.admin().id()).status());
    }
}
