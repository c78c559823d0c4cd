package dev.carlot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/** The extension as a plugin author uses it, with the reactor's hello test plugin as the plugin under test. */
@WithCarlot(plugin = "target/hello-plugin/hello", flags = "--carlot.plugins.hello.greeting=bonjour")
class WithCarlotTest {

    static {
        // what a plugin's own build would do: its jar, its libraries and its descriptor in one folder
        Path fixtures = Path.of(System.getProperty("carlot.test.fixtures"));
        Path folder = Path.of("target", "hello-plugin", "hello");
        try {
            Files.createDirectories(folder);
            for (String jar : new String[] {"plugin-fixture-hello.jar", "plugin-fixture-lib-one.jar"}) {
                Files.copy(fixtures.resolve(jar), folder.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(folder.resolve("plugin.properties"),
                    "name=hello\nversion=1.0.0\napi=[1.0,2.0)\ndescription=Says hello\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thePluginUnderTestServesItsRoutesWithItsConfiguration(RunningCarlot carlot) throws Exception {
        HttpResponse<String> hello = carlot.get("api/hello");
        assertEquals(200, hello.statusCode(), carlot.log());
        assertTrue(hello.body().contains("\"greeting\":\"bonjour\""), hello.body());
    }

    @Test
    void theBuiltInFeaturesServeBesideIt(RunningCarlot carlot) throws Exception {
        assertEquals(200, carlot.get("api/cars").statusCode());
    }
}
