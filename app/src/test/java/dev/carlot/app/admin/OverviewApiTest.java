package dev.carlot.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.ServerPerClass;
import dev.carlot.app.accounts.Accounts;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /api/admin/overview: versions, uptime, backend and migrations, for admins only. */
class OverviewApiTest {
    @RegisterExtension
    static final ServerPerClass carlot = new ServerPerClass();

    @Test
    void anAdminSeesTheBackendItsPostgresAndEveryMigrationApplied() {
        Http.Answer answer = carlot.server().http().get("/api/admin/overview", Accounts.anAdmin(carlot.server()).token());

        assertEquals(200, answer.status(), answer.text());
        JsonObject overview = answer.object();
        assertEquals(carlot.server().persistence().backend(), overview.getString("backend"));
        assertTrue(overview.getString("postgresVersion").startsWith("PostgreSQL "), overview.toString());
        assertFalse(overview.getString("version").isBlank());
        assertTrue(overview.getJsonNumber("uptimeSeconds").longValueExact() >= 0);
        var migrations = overview.getJsonArray("migrations").getValuesAs(JsonObject.class);
        assertEquals(carlot.server().persistence().migrationStatus().size(), migrations.size());
        assertTrue(migrations.stream().allMatch(m -> m.getString("state").equals("applied") && m.containsKey("appliedAt")));
        assertTrue(migrations.stream().anyMatch(m -> m.getString("version").equals("6")), migrations.toString());
        assertEquals(0, overview.getJsonArray("pluginMigrations").size(), "no plugin runs");
    }

    @Test
    void nobodyElseDoes() {
        assertEquals(401, carlot.server().http().get("/api/admin/overview").status());
        Http.Answer refused = carlot.server().http().get("/api/admin/overview", Accounts.aSeller(carlot.server().http()).token());
        assertEquals(403, refused.status());
        assertEquals("application/problem+json", refused.contentType());
    }
}
