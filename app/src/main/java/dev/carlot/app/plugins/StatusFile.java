package dev.carlot.app.plugins;

import dev.carlot.feature.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code <plugins dir>/.status.json}: what a running server made of its plugins, with its process
 * id, so that {@code carlot plugins} can tell whether a server runs there and wait for its answer.
 * Written whole and moved into place, so a reader never sees half of it; removed when the server stops.
 */
public final class StatusFile {
    static final String NAME = ".status.json";
    private static final Logger LOG = Logger.getLogger(StatusFile.class.getName());

    /** What a running server reported. */
    public record Report(long pid, List<PluginStatus> plugins) {
    }

    private StatusFile() {
    }

    static void write(Path dir, List<PluginStatus> plugins) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        JsonObject json = Jsonp.objectBuilder(PluginsFeature.items(plugins)).add("pid", ProcessHandle.current().pid()).build();
        try {
            Path temp = Files.createTempFile(dir, ".status", ".tmp");
            Files.writeString(temp, json.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warning("cannot write " + dir.resolve(NAME) + ": " + e.getMessage()
                    + "; 'carlot plugins' cannot see this server's plugins");
        }
    }

    static void delete(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(NAME));
        } catch (IOException e) {
            // a stale file names a process that is gone, which readers check
        }
    }

    /** The report of a server running on {@code dir} now; empty when none is (no file, or its process is gone). */
    public static Optional<Report> read(Path dir) {
        Path file = dir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Jsonp.reader(in)) {
            JsonObject json = reader.readObject();
            long pid = json.getJsonNumber("pid").longValue();
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(new Report(pid, json.getJsonArray("items").stream()
                        .map(item -> PluginStatus.fromJson(item.asJsonObject())).toList()));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
