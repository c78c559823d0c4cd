package dev.carlot.app.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder under the plugins directory, with a fingerprint of what it holds (the descriptor's and
 * the jars' names, sizes and modification times): a changed fingerprint is an upgrade. Folders
 * whose names start with '.' are work in progress of {@code carlot plugins install} and are skipped.
 */
public record PluginFolder(Path dir, String fingerprint) {

    /** The folder's name, which must be its plugin's name. */
    public String name() {
        return dir.getFileName().toString();
    }

    /** The plugin folders under {@code pluginsDir}, by name; none when it does not exist. */
    public static List<PluginFolder> scan(Path pluginsDir) {
        if (!Files.isDirectory(pluginsDir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(pluginsDir)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(PluginFolder::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins directory " + pluginsDir, e);
        }
    }

    /** The folder {@code dir} as it is now. */
    public static PluginFolder of(Path dir) {
        List<String> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals(PluginDescriptor.FILE) || name.endsWith(".jar")) {
                    parts.add(name + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis());
                }
            }
        } catch (IOException e) {
            // a folder removed while it was looked at: an empty fingerprint, read again next time
            parts.add("unreadable:" + e.getMessage());
        }
        return new PluginFolder(dir, String.join("|", parts));
    }

    /** The name {@code carlot plugins install} moves a folder it replaces to, for the moment of the swap. */
    public static Path replacingDir(Path pluginsDir, String name) {
        return pluginsDir.resolve(".replacing-" + name);
    }

    /** Whether {@code carlot plugins install} is replacing the folder of {@code name} right now. */
    public static boolean replacing(Path pluginsDir, String name) {
        return Files.exists(replacingDir(pluginsDir, name));
    }

    /** The jars directly in the folder, by name. */
    public List<Path> jars() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted().toList();
        }
    }
}
