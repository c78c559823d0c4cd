package dev.carlot.app.plugins;

import dev.carlot.app.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Plugin folders made of the real jars the reactor built in plugin-fixtures (copied into
 * target/plugin-fixtures by the app's build): hello (built against lib version 1) and greet
 * (against version 2), each with a library jar of its own.
 */
final class PluginFolders {
    static final Path JARS = Path.of("target", "plugin-fixtures");

    private final Path dir;

    PluginFolders(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** hello 1.0.0 with library version 1, built for API [1.0,2.0). */
    Path hello() {
        return plugin("hello", "1.0.0", "[1.0,2.0)", "plugin-fixture-hello.jar", "plugin-fixture-lib-one.jar");
    }

    /** greet 1.0.0 with library version 2. */
    Path greet() {
        return plugin("greet", "1.0.0", "[1.0,2.0)", "plugin-fixture-greet.jar", "plugin-fixture-lib-two.jar");
    }

    /** A folder {@code name} with the descriptor given and copies of the fixture jars named. */
    Path plugin(String name, String version, String api, String... jars) {
        return plugin(dir, name, version, api, jars);
    }

    /** The same, under {@code parent}. */
    static Path plugin(Path parent, String name, String version, String api, String... jars) {
        try {
            Path folder = Files.createDirectories(parent.resolve(name));
            Files.writeString(folder.resolve(PluginDescriptor.FILE), "name=" + name + "\nversion=" + version
                    + "\napi=" + api + "\ndescription=A test plugin\n", StandardCharsets.UTF_8);
            for (String jar : jars) {
                Files.copy(JARS.resolve(jar), folder.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a plugin folder beside {@code pluginsDir} and moves it in with one rename, as
     * {@code carlot plugins install} does, so that a watching server never sees half of it.
     */
    static Path dropIn(Path pluginsDir, String name, String version, String api, String... jars) {
        try {
            Path work = Files.createTempDirectory(pluginsDir, ".test-");
            Path built = plugin(work, name, version, api, jars);
            Path target = Files.move(built, pluginsDir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            delete(work);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a folder and what it holds. */
    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar of a module of Carlot's own boot layer, for a plugin that brings a copy of it. */
    static Path bootJar(String module) {
        return ModuleLayer.boot().configuration().findModule(module).orElseThrow()
                .reference().location().map(Path::of).orElseThrow();
    }

    /** {@code carlot args}, in-process, on the plugins folder {@code pluginsDir}. */
    static CliRun carlot(Path pluginsDir, String... args) {
        return CliRun.carlot(Map.of(),
                Stream.concat(Stream.of(args), Stream.of("--carlot.plugins.dir=" + pluginsDir)).toArray(String[]::new));
    }

    static List<String> flags(Path pluginsDir, String... more) {
        return Stream.concat(Stream.of("--carlot.plugins.dir=" + pluginsDir, "--carlot.plugins.watch-period=PT0.1S"),
                Stream.of(more)).toList();
    }
}
