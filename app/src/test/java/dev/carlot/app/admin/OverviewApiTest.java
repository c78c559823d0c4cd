package dev.carlot.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/admin/overview: versions, uptime, backend and migrations, for admins only. */
class OverviewApiTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anAdminSeesTheBackendItsPostgresAndEveryMigrationApplied() {
        Http.Answer answer = server.http().get("/api/admin/overview", Accounts.anAdmin(server).token());

        assertEquals(200, answer.status(), answer.text());
        JsonObject overview = answer.object();
        assertEquals(server.persistence().backend(), overview.getString("backend"));
        assertTrue(overview.getString("postgresVersion").startsWith("PostgreSQL "), overview.toString());
        assertFalse(overview.getString("version").isBlank());
        assertTrue(overview.getJsonNumber("uptimeSeconds").longValueExact() >= 0);
        var migrations = overview.getJsonArray("migrations").getValuesAs(JsonObject.class);
        assertEquals(server.persistence().migrationStatus().size(), migrations.size());
        assertTrue(migrations.stream().allMatch(m -> m.getString("state").equals("applied") && m.containsKey("appliedAt")));
        assertTrue(migrations.stream().anyMatch(m -> m.getString("version").equals("6")), migrations.toString());
        assertEquals(0, overview.getJsonArray("pluginMigrations").size(), "no plugin runs");
    }

    @Test
    void nobodyElseDoes() {
        assertEquals(401, server.http().get("/api/admin/overview").status());
        Http.Answer refused = server.http().get("/api/admin/overview", Accounts.aSeller(server.http()).token());
        assertEquals(403, refused.status());
        assertEquals("application/problem+json", refused.contentType());
    }
}
