package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.Cli;
import dev.carlot.app.TestBackend;
import dev.carlot.app.backend.Backends;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), backend.environment(), Backends::discover)
                    .run("serve", "--port=0", "--host=127.0.0.1", "--seed-on-start=false", "--carlot.plugins.dir=" + dir);
            assertEquals(3, code, err.toString(StandardCharsets.UTF_8));
            assertEquals("carlot: plugin 'hello' refused: it was built for plugin API [2.0.0,3.0.0) and this Carlot has 1.0.0;"
                    + " install a version of the plugin built for 1.x; fix or remove its folder, or set"
                    + " carlot.plugins.hello.enabled=false\n", err.toString(StandardCharsets.UTF_8));
        }
    }
}
