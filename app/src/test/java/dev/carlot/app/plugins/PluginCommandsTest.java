package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.CliRun;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carlot plugins} with no server running on the directory: the folder changes, the next serve takes it. */
class PluginCommandsTest {
    @TempDir
    Path plugins;
    @TempDir
    Path sources;

    /** The greet jar with its descriptor inside, as a plugin may ship as one file (its library stays beside it). */
    private Path greetJarWithDescriptor() throws IOException {
        Path jar = Files.copy(PluginFolders.JARS.resolve("plugin-fixture-greet.jar"), sources.resolve("greet.jar"));
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Path entry = zip.getPath(PluginDescriptor.JAR_ENTRY);
            Files.createDirectories(entry.getParent());
            Files.writeString(entry, "name=greet\nversion=1.2.0\napi=[1.0,2.0)\ndescription=Greets\n");
        }
        return jar;
    }

    private List<String> folder(String name) throws IOException {
        try (Stream<Path> files = Files.list(plugins.resolve(name))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void installingAFolderCopiesItInAndListShowsItInstalled() throws IOException {
        Path source = PluginFolders.plugin(sources, "hello", "1.0.0", "[1.0,2.0)", "plugin-fixture-hello.jar",
                "plugin-fixture-lib-one.jar");
        CliRun install = PluginFolders.carlot(plugins, "plugins", "install", source.toString());
        assertEquals(0, install.code(), install.err());
        assertTrue(install.out().contains("no server runs there now, the next 'carlot serve' loads it"), install.out());
        assertEquals(List.of("plugin-fixture-hello.jar", "plugin-fixture-lib-one.jar", "plugin.properties"), folder("hello"));
        CliRun list = PluginFolders.carlot(plugins, "plugins", "list");
        assertTrue(list.out().matches("(?s).*\\n  hello +1\\.0\\.0 +installed +A test plugin\\n"), list.out());
    }

    @Test
    void aJarIsInstalledByTheDescriptorItHoldsAndCheckedLikeAFolder() throws IOException {
        // greet needs its library beside it, which a plugin shipped as one jar cannot bring
        CliRun install = PluginFolders.carlot(plugins, "plugins", "install", greetJarWithDescriptor().toString());
        assertEquals(3, install.code(), install.out());
        assertEquals("carlot: plugin 'greet' refused: its module 'dev.carlot.fixture.greet' requires"
                + " 'dev.carlot.fixture.lib', which is not in its folder; put that library's jar there\n", install.err());
        try (Stream<Path> left = Files.list(plugins)) {
            assertEquals(List.of(), left.toList(), "nothing is left in the plugins directory");
        }
    }

    @Test
    void aRefusedPluginLeavesTheDirectoryAsItWasAndExitsWithThree() throws IOException {
        Path source = PluginFolders.plugin(sources, "hello", "1.0.0", "[2.0,3.0)", "plugin-fixture-hello.jar",
                "plugin-fixture-lib-one.jar");
        CliRun install = PluginFolders.carlot(plugins, "plugins", "install", source.toString());
        assertEquals(3, install.code());
        assertTrue(install.err().startsWith("carlot: plugin 'hello' refused: it was built for plugin API"), install.err());
        try (Stream<Path> left = Files.list(plugins)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void removingAPluginTakesItsFolderAwayAndAnUnknownNameIsRefused() {
        PluginFolders.plugin(plugins, "hello", "1.0.0", "[1.0,2.0)", "plugin-fixture-hello.jar");
        CliRun remove = PluginFolders.carlot(plugins, "plugins", "remove", "hello");
        assertEquals(0, remove.code(), remove.err());
        assertFalse(Files.exists(plugins.resolve("hello")));
        CliRun unknown = PluginFolders.carlot(plugins, "plugins", "remove", "hello");
        assertEquals(3, unknown.code());
        assertTrue(unknown.err().startsWith("carlot: there is no plugin 'hello' in "), unknown.err());
    }
}
