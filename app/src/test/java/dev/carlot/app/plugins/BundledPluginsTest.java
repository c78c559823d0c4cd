package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugins that ship with Carlot (the console) load from their own directory beside the plugins
 * directory, and are disabled or replaced like any plugin; the admin API the console reads is Carlot's.
 */
class BundledPluginsTest {
    @TempDir
    Path dir;

    private TestServer start(String... more) {
        return TestServer.start(Stream.concat(PluginFolders.flags(dir, TestServer.BUNDLED_PLUGINS).stream(),
                Stream.of(more)).toArray(String[]::new));
    }

    private static List<String> plugins(TestServer server, String token) {
        return server.http().get("/api/admin/plugins", token).object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name") + " " + p.getString("state")).toList();
    }

    @Test
    void theConsoleRunsAsAPluginBesideThoseOfThePluginsDirectory() {
        new PluginFolders(dir).hello();
        try (TestServer server = start()) {
            String admin = Accounts.anAdmin(server).token();

            assertEquals(List.of("console running", "hello running"), plugins(server, admin));
            assertEquals(200, server.http().get("/console").status());
            assertEquals(200, server.http().get("/api/hello").status());
        }
    }

    @Test
    void disabledTheConsoleIsGoneAndTheAdminApiItReadStays() {
        try (TestServer server = start("--carlot.plugins.console.enabled=false")) {
            String admin = Accounts.anAdmin(server).token();

            assertEquals(List.of("console disabled"), plugins(server, admin));
            Http.Answer page = server.http().get("/console");
            assertEquals(404, page.status());
            assertEquals("application/problem+json", page.contentType());
            assertEquals(200, server.http().get("/api/admin/audit", admin).status());
            assertEquals(200, server.http().get("/api/admin/overview", admin).status());
        }
    }

    @Test
    void aFolderOfTheSameNameInThePluginsDirectoryTakesTheBundledOnesPlace() {
        // another plugin under the console's name: hello's jars
        new PluginFolders(dir).plugin("console", "9.0.0", "[1.0,2.0)", "plugin-fixture-hello.jar",
                "plugin-fixture-lib-one.jar");
        try (TestServer server = start()) {
            String admin = Accounts.anAdmin(server).token();

            assertTrue(server.http().get("/api/admin/plugins", admin).text().contains("\"version\":\"9.0.0\""));
            assertEquals(404, server.http().get("/console").status());
            assertEquals(200, server.http().get("/api/hello").status());
        }
    }
}
