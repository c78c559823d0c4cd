package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.carlot.app.Cli;
import dev.carlot.app.TestServer;
import dev.carlot.app.backend.Backends;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carlot plugins install|remove} against a running server under a steady load: the routes
 * switch with no 5xx and no failed connection, and every replaced layer's class loader is collected.
 */
class PluginHotSwapTest {
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path plugins;
    @TempDir
    Path sources;

    record Run(int code, String out, String err) {
    }

    private Run carlot(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--carlot.plugins.dir=" + plugins)).toArray(String[]::new);
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), Backends::discover).run(all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(what + " did not happen within " + BOUND);
            }
            Thread.sleep(20);
        }
    }

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
            Run install = carlot("plugins", "install", first.toString());
            assertEquals(0, install.code(), install.err());
            assertTrue(install.out().startsWith("running hello 1.0.0"), install.out());
            await("requests served by hello 1.0.0", () -> load.count("/api/hello 200 lib=1") > 20);
            var one = new WeakReference<>(server.server().plugins().loader("hello").orElseThrow());

            Run upgrade = carlot("plugins", "install", second.toString());
            assertEquals(0, upgrade.code(), upgrade.err());
            assertTrue(upgrade.out().startsWith("running hello 1.1.0"), upgrade.out());
            await("requests served by hello 1.1.0", () -> load.count("/api/hello 200 lib=2") > 20);
            var two = new WeakReference<>(server.server().plugins().loader("hello").orElseThrow());

            long notFoundBefore = load.count("/api/hello 404");
            Run remove = carlot("plugins", "remove", "hello");
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
