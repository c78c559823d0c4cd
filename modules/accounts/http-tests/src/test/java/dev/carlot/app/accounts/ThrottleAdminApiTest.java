package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /api/admin/throttle: who the sign-in throttle slows, and clearing one so they may try again. */
class ThrottleAdminApiTest {
    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer();

    private static void failTimes(int times, String from, String email) {
        for (int i = 0; i < times; i++) {
            assertEquals(401, Loopback.login(http.raw(), from, email, "not the password").status());
        }
    }

    private static List<JsonObject> slowed() {
        Http.Answer answer = http.get("/api/admin/throttle", http.admin().token());
        assertEquals(200, answer.status(), answer.text());
        return answer.object().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void aRefusedAddressIsListedByAccountAndAddressAndClearingItLetsTheOwnerIn() {
        Account victim = Accounts.aUser(http.raw());
        failTimes(5, "127.0.0.40", victim.email());
        assertEquals(429, Loopback.login(http.raw(), "127.0.0.40", victim.email(), victim.password()).status());

        JsonObject counter = slowed().stream()
                .filter(c -> c.getString("subject").equals("account " + victim.email() + " from address 127.0.0.40"))
                .findFirst().orElseThrow(() -> new AssertionError("not listed: " + slowed()));
        assertTrue(counter.getInt("attempts") > 5, counter.toString());
        String path = "/api/admin/throttle/" + URLEncoder.encode(counter.getString("key"), StandardCharsets.UTF_8);

        assertEquals(204, http.delete(path, http.admin().token()).status());

        assertEquals(200, Loopback.login(http.raw(), "127.0.0.40", victim.email(), victim.password()).status());
        assertEquals(404, http.delete(path, http.admin().token()).status());
        assertTrue(http.get("/api/admin/audit?event=throttle.cleared&limit=1", http.admin().token()).text()
                .contains(counter.getString("key")));
    }

    @Test
    void countersThatNeverRefusedNameNobody() {
        Account account = Accounts.aUser(http.raw());
        failTimes(2, "127.0.0.41", account.email());

        assertTrue(slowed().stream().noneMatch(c -> c.getString("subject").contains(account.email())));
    }

    @Test
    void onlyAnAdminSeesOrClearsTheThrottle() {
        String user = Accounts.aUser(http.raw()).token();
        assertEquals(403, http.get("/api/admin/throttle", user).status());
        assertEquals(403, http.delete("/api/admin/throttle/login-client:x", user).status());
        assertEquals(401, http.get("/api/admin/throttle").status());
    }
}
