package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notes fixture plugin (plugin-fixtures/notes) on a running server: its rows in its own schema,
 * written and read under its own role, a read of a core table refused by PostgreSQL, and its job's
 * runs kept in the audit log as a core job's are.
 */
class PluginStoreTest {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void serveTheNotesPlugin() {
        new PluginFolders(dir).plugin("notes", "1.0.0", "[1.0,2.0)", "plugin-fixture-notes.jar");
        server = TestServer.start(PluginFolders.flags(dir, "--carlot.plugins.notes.count-period=PT0.2S")
                .toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void notesAreWrittenAndReadUnderThePluginsRoleInItsSchema() {
        Http http = server.http();
        Http.Answer wrote = http.post("/api/notes", Json.createObjectBuilder().add("text", "a note").build());
        assertEquals(201, wrote.status(), wrote.text());
        assertEquals("carlot_plugin_notes", wrote.object().getString("user"));
        assertTrue(wrote.object().getString("searchPath").contains("plugin_notes"), wrote.text());
        JsonObject read = http.get("/api/notes/" + wrote.object().getJsonNumber("id").longValueExact()).object();
        assertEquals("a note", read.getString("text"));
        assertEquals("carlot_plugin_notes", read.getString("reader"));
    }

    @Test
    void aCoreTableIsOutOfThePluginsReach() {
        JsonObject probe = server.http().get("/api/notes/probe/core").object();
        assertTrue(probe.getString("denied", "").startsWith("PostgreSQL refused plugin 'notes'"), probe.toString());
    }

    @Test
    void aPluginsJobKeepsItsAuditEventsInTheDatabaseAsACoreJobDoes() throws InterruptedException {
        Accounts.Account admin = Accounts.anAdmin(server);
        List<JsonObject> kept = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (kept.isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail("no notes.counted event in the audit log within 60 s");
            }
            Thread.sleep(100);
            kept = server.http().get("/api/admin/audit?event=notes.counted&limit=10", admin.token()).object()
                    .getJsonArray("items").getValuesAs(JsonObject.class);
        }
        assertEquals("local", kept.getFirst().getString("client"), kept.toString());
        assertFalse(kept.getFirst().containsKey("actor"), kept.toString());
    }

    @Test
    void everyWayOutOfThePluginsRoleIsRefused() {
        // the notes fixture's escapes: the first seven by the statement check, the last two (functions
        // its migration made) by the check after each statement of what PostgreSQL says the role is
        for (String how : List.of("set-role", "reset-role", "set-config", "quoted-set-config", "do-reset-role",
                "do-execute-reset-role", "function-set-config", "migrated-function", "migrated-function-reading-users")) {
            JsonObject probe = server.http().get("/api/notes/probe/escape/" + how).object();
            assertTrue(probe.getString("denied", "").startsWith("PostgreSQL refused plugin 'notes'"), how + ": " + probe);
        }
        assertTrue(server.http().get("/api/notes/probe/escape/migrated-function").object().getString("denied")
                .contains("left its role"));
        assertEquals(200, server.http().get("/api/cars?limit=1").status());
    }
}
