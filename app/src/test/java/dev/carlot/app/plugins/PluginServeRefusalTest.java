package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.CliRun;
import dev.carlot.app.TestBackend;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carlot serve} with a plugin it must refuse: one line naming the plugin and the reason, exit 3. */
class PluginServeRefusalTest {
    @TempDir
    Path dir;

    @Test
    void serveRefusingAPluginExitsWithThreeAndOneLine() {
        new PluginFolders(dir).plugin("hello", "1.0.0", "[2.0,3.0)", "plugin-fixture-hello.jar", "plugin-fixture-lib-one.jar");
        try (TestBackend backend = TestBackend.fresh()) {
            CliRun serve = CliRun.carlot(backend.environment(),
                    "serve", "--port=0", "--host=127.0.0.1", "--seed-on-start=false", "--carlot.plugins.dir=" + dir);
            assertEquals(3, serve.code(), serve.err());
            assertEquals("carlot: plugin 'hello' refused: it was built for plugin API [2.0.0,3.0.0) and this Carlot has 1.0.0;"
                    + " install a version of the plugin built for 1.x; fix or remove its folder, or set"
                    + " carlot.plugins.hello.enabled=false\n", serve.err());
        }
    }
}
