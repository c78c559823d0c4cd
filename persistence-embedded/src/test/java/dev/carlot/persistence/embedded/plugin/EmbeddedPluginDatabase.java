package dev.carlot.persistence.embedded.plugin;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.embedded.EmbeddedProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The database the plugin contracts run on, on backend "embedded": a new data directory and a
 * pool of one connection, whose role is the non-superuser {@code carlot_app}.
 */
final class EmbeddedPluginDatabase {
    private Path dataDir;

    Persistence open() {
        try {
            dataDir = Files.createTempDirectory("carlot-embedded-plugins").resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Persistence persistence = new EmbeddedProvider().open(Settings.of(Map.of(Settings.DATA_DIR, dataDir.toString(),
                Settings.POOL_SIZE, "1")));
        persistence.migrate();
        return persistence;
    }

    /** Deletes the directory: the cluster, and the plugins' roles, go with it. */
    void delete() {
        try (Stream<Path> walk = Files.walk(dataDir.getParent())) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
