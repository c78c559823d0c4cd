package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /api/admin/overview lists each running plugin's migrations beside the core's: hello, given a
 * jar of two migrations, and greet, which ships none.
 */
class PluginMigrationsOverviewTest {
    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void serveAPluginWithMigrations() throws IOException {
        PluginFolders folders = new PluginFolders(dir);
        Path hello = folders.hello();
        migrationsJar(hello.resolve("hello-migrations.jar"));
        folders.greet();
        server = TestServer.start(PluginFolders.flags(dir).toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * A jar holding only migrations: an automatic module of the plugin's layer, with no package. It
     * has the directory entries a build writes: Flyway finds the location through them.
     */
    private static void migrationsJar(Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("carlot-plugin/"));
            zip.putNextEntry(new ZipEntry(PluginLayers.MIGRATIONS));
            zip.putNextEntry(new ZipEntry(PluginLayers.MIGRATIONS + "V1__greetings.sql"));
            zip.write("CREATE TABLE greetings (id bigint PRIMARY KEY, text text NOT NULL);"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(PluginLayers.MIGRATIONS + "V2__greeting_language.sql"));
            zip.write("ALTER TABLE greetings ADD COLUMN language text;".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theOverviewListsARunningPluginsMigrationsWithTheirState() {
        Http.Answer answer = server.http().get("/api/admin/overview", Accounts.anAdmin(server).token());

        assertEquals(200, answer.status(), answer.text());
        List<JsonObject> migrations = answer.object().getJsonArray("pluginMigrations").getValuesAs(JsonObject.class);
        assertEquals(List.of("hello 1 greetings applied", "hello 2 greeting language applied"),
                migrations.stream().map(m -> m.getString("plugin") + " " + m.getString("version") + " "
                        + m.getString("description") + " " + m.getString("state")).toList());
        assertTrue(migrations.stream().allMatch(m -> m.containsKey("appliedAt")), migrations.toString());
    }

    @Test
    void theCoreMigrationsStayApartFromThePlugins() {
        JsonObject overview = server.http().get("/api/admin/overview", Accounts.anAdmin(server).token()).object();

        assertEquals(server.persistence().migrationStatus().size(), overview.getJsonArray("migrations").size());
        assertTrue(overview.getJsonArray("migrations").getValuesAs(JsonObject.class).stream()
                .noneMatch(m -> m.containsKey("plugin")));
    }
}
