package dev.carlot.app.plugins;

import dev.carlot.app.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A plugin on its way into the plugins directory: first copied beside it under a name starting
 * with '.', which a server skips, then moved into place in one rename. The folder it replaces
 * waits as {@code .replacing-<name>} until the server has answered, so that a refused upgrade
 * can be undone.
 */
final class PluginStaging {
    private final Path work;
    private final Path folder;
    private final PluginDescriptor descriptor;
    private final Path replaced;

    private PluginStaging(Path work, Path folder, PluginDescriptor descriptor, Path replaced) {
        this.work = work;
        this.folder = folder;
        this.descriptor = descriptor;
        this.replaced = replaced;
    }

    /** Copies the plugin folder or jar {@code source} into a work folder of {@code dir}. */
    static PluginStaging stage(Path source, Path dir) {
        boolean jar = Files.isRegularFile(source) && source.getFileName().toString().endsWith(".jar");
        if (!jar && !Files.isRegularFile(source.resolve(PluginDescriptor.FILE))) {
            throw new ConfigurationException(source + " is neither a plugin folder (with a " + PluginDescriptor.FILE
                    + ") nor a plugin jar");
        }
        PluginDescriptor descriptor = jar ? fromJar(source) : fromFolder(source);
        Path work = dir.resolve(".incoming-" + UUID.randomUUID());
        Path folder = work.resolve(descriptor.name());
        try {
            Files.createDirectories(folder);
            if (jar) {
                Files.copy(source, folder.resolve(source.getFileName()));
                try (JarFile file = new JarFile(source.toFile()); InputStream in = file.getInputStream(
                        file.getEntry(PluginDescriptor.JAR_ENTRY))) {
                    Files.copy(in, folder.resolve(PluginDescriptor.FILE));
                }
            } else {
                try (Stream<Path> files = Files.list(source)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jar")
                            || f.getFileName().toString().equals(PluginDescriptor.FILE)).toList()) {
                        Files.copy(file, folder.resolve(file.getFileName()));
                    }
                }
            }
        } catch (IOException e) {
            delete(work);
            throw new UncheckedIOException("cannot copy the plugin into " + dir, e);
        }
        return new PluginStaging(work, folder, descriptor, PluginFolder.replacingDir(dir, descriptor.name()));
    }

    PluginDescriptor descriptor() {
        return descriptor;
    }

    Path folder() {
        return folder;
    }

    /** Puts the staged folder at {@code target}, keeping the folder there (if any) aside. */
    void moveInto(Path target) {
        try {
            if (Files.exists(target)) {
                delete(replaced);
                move(target, replaced);
            }
            move(folder, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the plugin into " + target, e);
        }
    }

    /** Undoes {@link #moveInto}: the folder set aside comes back (or the new one just goes). */
    void restore(Path target) {
        try {
            Path refused = work.resolve("refused");
            move(target, refused);
            if (Files.exists(replaced)) {
                move(replaced, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put back the plugin folder " + target, e);
        } finally {
            delete(work);
        }
    }

    /** The move is final: what it replaced and the work folder go. */
    void keep() {
        delete(replaced);
        delete(work);
    }

    /** Nothing was moved: the work folder goes. */
    void discard() {
        delete(work);
    }

    /** Removes {@code folder} of {@code dir}: renamed away first, so that a server never sees half of it. */
    static void deleteFolder(Path folder, Path dir) {
        Path gone = dir.resolve(".removed-" + UUID.randomUUID());
        try {
            move(folder, gone);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
        delete(gone);
    }

    private static PluginDescriptor fromFolder(Path source) {
        try (InputStream in = Files.newInputStream(source.resolve(PluginDescriptor.FILE))) {
            return PluginDescriptor.read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("the plugin in " + source + " cannot be installed: " + e.getMessage());
        }
    }

    private static PluginDescriptor fromJar(Path source) {
        try (JarFile jar = new JarFile(source.toFile())) {
            var entry = jar.getEntry(PluginDescriptor.JAR_ENTRY);
            if (entry == null) {
                throw new ConfigurationException("the jar " + source + " holds no " + PluginDescriptor.JAR_ENTRY
                        + "; install its plugin folder instead");
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return PluginDescriptor.read(in);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("the plugin jar " + source + " cannot be installed: " + e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // left over work is named with a '.', which a server skips
        }
    }
}
