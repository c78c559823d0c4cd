package dev.carlot.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.accounts.Loopback;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/admin/audit: the security events the runtime keeps in the database, filtered and paged. */
class AuditLogApiTest {
    private static TestServer server;
    private static Account admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = Accounts.anAdmin(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<JsonObject> events(String query) {
        Http.Answer answer = server.http().get("/api/admin/audit?" + query, admin.token());
        assertEquals(200, answer.status(), answer.text());
        return answer.object().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void aFailedSignInIsKeptWithItsAddressAndTarget() {
        Account user = Accounts.aUser(server.http());
        assertEquals(401, Loopback.login(server.http(), "127.0.0.60", user.email(), "not the password").status());

        JsonObject event = events("event=login.failed&limit=1").getFirst();

        assertEquals("login.failed", event.getString("event"));
        assertEquals(user.id(), event.getJsonNumber("target").longValueExact());
        assertEquals("127.0.0.60", event.getString("client"));
        assertFalse(event.containsKey("actor"));
    }

    @Test
    void anEventFilterKeepsTheNameAndItsDottedChildrenOnly() {
        Account user = Accounts.aUser(server.http());
        Accounts.login(server.http(), user);
        Loopback.login(server.http(), "127.0.0.61", user.email(), "not the password");
        server.http().post("/api/auth/logout", Json.createObjectBuilder().build(), user.token());

        List<JsonObject> login = events("event=login&limit=100");

        assertTrue(login.size() >= 2);
        assertTrue(login.stream().allMatch(e -> e.getString("event").startsWith("login.")), login.toString());
        assertTrue(events("event=log&limit=100").isEmpty(), "logout is no child of log");
        assertFalse(events("event=logout&limit=100").isEmpty());
    }

    @Test
    void anActorFilterKeepsWhatOneUserDid() {
        Account user = Accounts.aUser(server.http());
        server.http().patch("/api/users/" + user.id(), Json.createObjectBuilder().add("role", "seller").build(),
                admin.token());

        JsonObject event = events("actor=" + admin.id() + "&limit=1").getFirst();

        assertEquals("role.changed", event.getString("event"));
        assertEquals(user.id(), event.getJsonNumber("target").longValueExact());
        assertEquals(List.of("role=seller"), event.getJsonArray("facts").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void pagesFollowTheCursorNewestFirstWithoutOverlap() {
        for (int i = 0; i < 3; i++) {
            Accounts.aUser(server.http());
        }
        Http.Answer first = server.http().get("/api/admin/audit?event=account.registered&limit=2", admin.token());
        String next = first.object().getString("next");

        List<JsonObject> second = events("event=account.registered&limit=2&after=" + next);

        List<Long> ids = new ArrayList<>();
        first.object().getJsonArray("items").getValuesAs(JsonObject.class).forEach(e -> ids.add(id(e)));
        second.forEach(e -> ids.add(id(e)));
        assertEquals(4, ids.size());
        assertEquals(ids.stream().sorted(java.util.Comparator.reverseOrder()).distinct().toList(), ids);
        assertEquals(Long.parseLong(next), ids.get(1));
    }

    @Test
    void aMalformedFilterIsA400AndOnlyAnAdminReads() {
        assertEquals(400, server.http().get("/api/admin/audit?event=%25", admin.token()).status());
        assertEquals(400, server.http().get("/api/admin/audit?after=x", admin.token()).status());
        assertEquals(403, server.http().get("/api/admin/audit", Accounts.aUser(server.http()).token()).status());
        assertEquals(401, server.http().get("/api/admin/audit").status());
    }

    private static long id(JsonObject event) {
        return event.getJsonNumber("id").longValueExact();
    }
}
