package dev.carlot.persistence.embedded;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.contract.PersistenceContract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** The persistence contract on backend "embedded", over a new data directory. */
class EmbeddedContractTest extends PersistenceContract {

    private Path dataDir;

    @Override
    protected Persistence openFresh() {
        try {
            dataDir = Files.createTempDirectory("carlot-embedded-contract").resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Persistence persistence = new EmbeddedProvider().open(Settings.of(Map.of(Settings.DATA_DIR, dataDir.toString())));
        persistence.migrate();
        return persistence;
    }

    @Override
    protected void afterClose() {
        try (Stream<Path> walk = Files.walk(dataDir.getParent())) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
