package dev.carlot.app.plugins;

import static dev.carlot.testing.postgres.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.CliRun;
import dev.carlot.app.TestServer;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carlot plugins install|remove} against a running server under a steady load: the routes
 * switch with no 5xx and no failed connection, and every replaced layer's class loader is collected.
 */
class PluginHotSwapTest {
    @TempDir
    Path plugins;
    @TempDir
    Path sources;

    /** Collects garbage until {@code loader} is gone; fails when it is still reachable after the bound. */
    private static void assertCollected(String what, WeakReference<ClassLoader> loader) throws InterruptedException {
        await(what + "'s class loader collected", () -> {
            System.gc();
            return loader.get() == null;
        });
    }

    @Test
    void installUpgradeAndRemoveUnderLoadAnswerNo5xxAndLeaveNoLayerBehind() throws Exception {
        Path first = PluginFolders.plugin(sources.resolve("v1"), "hello", "1.0.0", "[1.0,2.0)",
                "plugin-fixture-hello.jar", "plugin-fixture-lib-one.jar");
        Path second = PluginFolders.plugin(sources.resolve("v2"), "hello", "1.1.0", "[1.0,2.0)",
                "plugin-fixture-hello.jar", "plugin-fixture-lib-two.jar");
        try (TestServer server = TestServer.start(PluginFolders.flags(plugins).toArray(String[]::new));
             SteadyLoad load = SteadyLoad.start(server.http(), List.of("/api/hello", "/api/cars?limit=1"), 3)) {
            CliRun install = PluginFolders.carlot(plugins, "plugins", "install", first.toString());
            assertEquals(0, install.code(), install.err());
            assertTrue(install.out().startsWith("running hello 1.0.0"), install.out());
            await("requests served by hello 1.0.0", () -> load.count("/api/hello 200 lib=1") > 20);
            var one = new WeakReference<>(server.server().plugins().loader("hello").orElseThrow());

            CliRun upgrade = PluginFolders.carlot(plugins, "plugins", "install", second.toString());
            assertEquals(0, upgrade.code(), upgrade.err());
            assertTrue(upgrade.out().startsWith("running hello 1.1.0"), upgrade.out());
            await("requests served by hello 1.1.0", () -> load.count("/api/hello 200 lib=2") > 20);
            var two = new WeakReference<>(server.server().plugins().loader("hello").orElseThrow());

            long notFoundBefore = load.count("/api/hello 404");
            CliRun remove = PluginFolders.carlot(plugins, "plugins", "remove", "hello");
            assertEquals(0, remove.code(), remove.err());
            assertEquals("removed hello from the running server; its data is kept\n", remove.out());
            await("requests answered 404 after the removal", () -> load.count("/api/hello 404") > notFoundBefore + 20);

            Map<String, Long> answers = load.stop();
            System.out.println("answers during install, upgrade and remove: " + answers);
            assertEquals(List.of(), answers.keySet().stream().filter(k -> !k.matches(
                    "/api/hello (404|200 lib=1|200 lib=2)|/api/cars\\?limit=1 200")).toList(), answers.toString());
            assertCollected("hello 1.0.0", one);
            assertCollected("hello 1.1.0", two);
        }
    }
}
