package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins dropped into the directory of a running server that cannot be served: each is refused
 * with a reason naming what is wrong, listed by {@code GET /api/admin/plugins}, and the running set
 * (hello 1.0.0) stays as it was. One server for the class.
 */
class PluginRefusalTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    @TempDir
    static Path dir;
    private static TestServer server;
    private static String admin;

    @BeforeAll
    static void serveHello() {
        new PluginFolders(dir).hello();
        server = TestServer.start(PluginFolders.flags(dir, "--carlot.plugins.hello.fail-start-with-lib=2")
                .toArray(String[]::new));
        admin = Accounts.anAdmin(server).token();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Waits for the server to list {@code name} refused, and gives the reason. */
    private static String refusal(String name, String version) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonObject> items = server.http().get("/api/admin/plugins", admin).object().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            for (JsonObject item : items) {
                if (item.getString("name").equals(name) && item.getString("state").equals("refused")
                        && item.getString("version").equals(version)) {
                    assertEquals("1", server.http().get("/api/hello").object().getString("lib"),
                            "the running set stays as it was");
                    return item.getString("reason");
                }
            }
            Thread.sleep(20);
        }
        return fail("the server did not refuse " + name + " " + version + " within " + BOUND);
    }

    private static void assertStartsWith(String expected, String actual) {
        assertTrue(actual.startsWith(expected), actual);
    }

    @Test
    void aPluginBuiltForAnotherApiVersionIsRefused() throws InterruptedException {
        PluginFolders.dropIn(dir, "future", "1.0.0", "[2.0,3.0)", "plugin-fixture-greet.jar", "plugin-fixture-lib-two.jar");
        assertEquals("it was built for plugin API [2.0.0,3.0.0) and this Carlot has 1.0.0; install a version of the"
                + " plugin built for 1.x", refusal("future", "1.0.0"));
    }

    @Test
    void aBrokenJarIsRefused() throws InterruptedException {
        Path work = dir.resolve(".work-broken");
        Path folder = PluginFolders.plugin(work, "broken", "1.0.0", "[1.0,2.0)", "plugin-fixture-greet.jar");
        try {
            Files.writeString(folder.resolve("lib.jar"), "not a zip file");
            Files.move(folder, dir.resolve("broken"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertStartsWith("a jar is broken", refusal("broken", "1.0.0"));
    }

    @Test
    void aPluginWithTheNameOfABuiltInFeatureIsRefused() throws InterruptedException {
        PluginFolders.dropIn(dir, "accounts", "1.0.0", "[1.0,2.0)", "plugin-fixture-greet.jar", "plugin-fixture-lib-two.jar");
        assertStartsWith("a built-in feature has the name 'accounts'", refusal("accounts", "1.0.0"));
    }

    @Test
    void aPluginWhoseFeatureHasTheNameOfAnotherPluginsIsRefused() throws InterruptedException {
        PluginFolders.dropIn(dir, "hello-again", "1.0.0", "[1.0,2.0)", "plugin-fixture-hello.jar",
                "plugin-fixture-lib-one.jar");
        assertStartsWith("its feature 'hello' has the name of a feature or plugin already served",
                refusal("hello-again", "1.0.0"));
    }

    @Test
    void aPluginBringingItsOwnCopyOfACarlotModuleIsRefused() throws InterruptedException, IOException {
        Path work = dir.resolve(".work-clash");
        Path folder = PluginFolders.plugin(work, "clash", "1.0.0", "[1.0,2.0)", "plugin-fixture-greet.jar",
                "plugin-fixture-lib-two.jar");
        Files.copy(PluginFolders.bootJar("jakarta.json"), folder.resolve("jakarta.json.jar"));
        Files.move(folder, dir.resolve("clash"), StandardCopyOption.ATOMIC_MOVE);
        assertStartsWith("its module 'jakarta.json' (jakarta.json.jar) clashes with a module of Carlot itself",
                refusal("clash", "1.0.0"));
    }

    @Test
    void aPluginMissingALibraryIsRefused() throws InterruptedException {
        PluginFolders.dropIn(dir, "lonely", "1.0.0", "[1.0,2.0)", "plugin-fixture-greet.jar");
        assertEquals("its module 'dev.carlot.fixture.greet' requires 'dev.carlot.fixture.lib', which is not in its"
                + " folder; put that library's jar there", refusal("lonely", "1.0.0"));
    }

    @Test
    void anUpgradeWhoseStartFailsLeavesTheOldVersionServing() throws InterruptedException {
        Path work = dir.resolve(".work-upgrade");
        Path next = PluginFolders.plugin(work, "hello", "1.1.0", "[1.0,2.0)", "plugin-fixture-hello.jar",
                "plugin-fixture-lib-two.jar");
        try {
            Path old = Files.move(dir.resolve("hello"), dir.resolve(".replacing-hello"), StandardCopyOption.ATOMIC_MOVE);
            Files.move(next, dir.resolve("hello"), StandardCopyOption.ATOMIC_MOVE);
            PluginFolders.delete(old);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals("its feature 'hello' failed to start: configured to fail with library 2", refusal("hello", "1.1.0"));
        Http.Answer list = server.http().get("/api/admin/plugins", admin);
        assertTrue(list.text().contains("{\"name\":\"hello\",\"version\":\"1.0.0\",\"state\":\"running\""), list.text());
    }
}
