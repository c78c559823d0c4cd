package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins in the plugins directory when serve starts: real jars, each plugin in a module layer of
 * its own. One server for the class: hello (library version 1, greeting configured), greet
 * (library version 2), and "later", disabled by configuration and broken.
 */
class PluginLoadingTest {
    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void serveThreePluginFolders() throws IOException {
        PluginFolders folders = new PluginFolders(dir);
        folders.hello();
        folders.greet();
        Path later = folders.plugin("later", "2.0.0", "[1.0,2.0)");
        Files.writeString(later.resolve("broken.jar"), "not a zip file");
        server = TestServer.start(PluginFolders.flags(dir, "--carlot.plugins.hello.greeting=hi",
                "--carlot.plugins.later.enabled=false").toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonObject check(String name) {
        Http.Answer health = server.http().get("/observe/health");
        assertEquals(200, health.status(), health.text());
        return health.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPluginServesItsRoutesWithItsOwnConfigurationSectionOnly() {
        JsonObject hello = server.http().get("/api/hello").object();
        assertEquals("hi", hello.getString("greeting"));
        assertEquals("none", hello.getString("database"), "a plugin sees its own section of the configuration only");
        assertEquals("false", hello.getString("store"), "a plugin without migrations gets no store");
        assertEquals("true", hello.getString("started"), "the start hook ran before the first request");
        assertEquals(200, server.http().send("HEAD", "/api/hello", Optional.empty()).status());
    }

    @Test
    void aPluginsOpenApiFragmentAndHealthCheckJoinTheServersOwn() {
        assertTrue(server.http().get("/openapi").object().getJsonObject("paths").containsKey("/api/hello"));
        JsonObject features = check("features").getJsonObject("data");
        assertEquals("UP", features.getString("hello"));
        assertEquals("1", features.getString("hello.lib"));
    }

    @Test
    void aPluginsRoutesAnswerUnderTheSameAuthenticationErrorsAndMetrics() {
        Http.Answer wrongMethod = server.http().delete("/api/hello");
        assertEquals(405, wrongMethod.status());
        assertEquals("application/problem+json", wrongMethod.contentType());
        assertEquals("GET, HEAD", wrongMethod.header("Allow").orElseThrow());
        String metrics = server.http().get("/observe/metrics").text();
        assertTrue(metrics.contains("route=\"/api/hello\""), "the plugin's route is a metrics label");
    }

    @Test
    void twoPluginsUseTwoVersionsOfOneLibraryEachInItsOwnLayer() {
        assertEquals("1", server.http().get("/api/hello").object().getString("lib"));
        assertEquals("2", server.http().get("/api/greet").object().getString("lib"));
    }

    @Test
    void onlyAnAdminListsThePluginsWithTheirStatesAndADisabledOneIsNotLoaded() {
        assertEquals(401, server.http().get("/api/admin/plugins").status());
        assertEquals(403, server.http().get("/api/admin/plugins", Accounts.aUser(server.http()).token()).status());
        Http.Answer list = server.http().get("/api/admin/plugins", Accounts.anAdmin(server).token());
        assertEquals(200, list.status(), list.text());
        assertEquals("{\"items\":["
                + "{\"name\":\"greet\",\"version\":\"1.0.0\",\"state\":\"running\",\"description\":\"A test plugin\"},"
                + "{\"name\":\"hello\",\"version\":\"1.0.0\",\"state\":\"running\",\"description\":\"A test plugin\"},"
                + "{\"name\":\"later\",\"version\":\"2.0.0\",\"state\":\"disabled\",\"description\":\"A test plugin\"}]}",
                list.text());
    }
}
