package dev.carlot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST} and {@code GET /api/admin/backups}, and the backups health check. */
class BackupRoutesTest {
    @TempDir
    Path dir;

    private static Optional<JsonObject> check(TestServer server, String name) {
        Http.Answer health = server.http().get("/observe/health");
        assertEquals(200, health.status(), health.text());
        return health.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst();
    }

    @Test
    void onlyAnAdminMakesABackupInTheDirectoryAndFindsItListedAndInHealth() throws IOException {
        Path backups = dir.resolve("backups");
        try (TestServer server = TestServer.start("--backup-dir=" + backups)) {
            Account admin = Accounts.anAdmin(server);
            Account user = Accounts.aUser(server.http());
            assertEquals("none", check(server, "backups").orElseThrow().getJsonObject("data").getString("newest"));
            assertEquals(401, server.http().post("/api/admin/backups", JsonValue.EMPTY_JSON_OBJECT).status());
            assertEquals(401, server.http().get("/api/admin/backups").status());
            assertEquals(403, server.http().post("/api/admin/backups", JsonValue.EMPTY_JSON_OBJECT, user.token()).status());
            assertEquals(403, server.http().get("/api/admin/backups", user.token()).status());
            assertTrue(Files.notExists(backups), "no backup was tried");

            Http.Answer made = server.http().post("/api/admin/backups", JsonValue.EMPTY_JSON_OBJECT,
                    admin.token());

            assertEquals(201, made.status(), made.text());
            JsonObject backup = made.object();
            String name = backup.getString("name");
            assertTrue(name.matches("carlot-\\d{8}T\\d{6}\\.\\d{3}Z\\.zip"), name);
            assertTrue(Files.isRegularFile(backups.resolve(name)));
            assertEquals(Files.size(backups.resolve(name)), backup.getJsonNumber("size").longValue());
            assertTrue(backup.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                    .anyMatch(t -> t.getString("name").equals("users") && t.getInt("rows") == 2), backup.toString());
            assertEquals(server.persistence().migrationStatus().getLast().version(), backup.getString("schemaVersion"));

            JsonObject list = server.http().get("/api/admin/backups", admin.token()).object();
            assertEquals(1, list.getInt("total"));
            assertEquals(JsonValue.NULL, list.get("schedule"), "no schedule is configured");
            assertFalse(backup.getBoolean("scheduled"));
            assertEquals(20, list.getInt("limit"));
            assertEquals(0, list.getInt("offset"));
            assertEquals(backup, list.getJsonArray("items").getJsonObject(0));

            JsonObject data = check(server, "backups").orElseThrow().getJsonObject("data");
            assertEquals(name, data.getString("newest"));
            assertTrue(data.getJsonNumber("newestAgeSeconds").longValue() >= 0, data.toString());
        }
    }

    @Test
    void withoutABackupDirectoryTheRoutesSayHowToTurnThemOnAndHealthHasNoBackupsCheck() {
        try (TestServer server = TestServer.start()) {
            Account admin = Accounts.anAdmin(server);

            Http.Answer made = server.http().post("/api/admin/backups", JsonValue.EMPTY_JSON_OBJECT,
                    admin.token());

            assertEquals(409, made.status(), made.text());
            assertTrue(made.object().getString("detail").contains("set CARLOT_BACKUP_DIR"), made.text());
            assertTrue(check(server, "backups").isEmpty());
        }
    }

}
