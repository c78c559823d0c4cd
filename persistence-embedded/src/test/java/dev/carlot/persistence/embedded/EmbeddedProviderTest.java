package dev.carlot.persistence.embedded;

import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.PersistenceProvider;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedProviderTest {
    private static final String HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z0iIhv1ia0mbv4f0kE0S3b5W";

    @TempDir
    Path temp;

    private Settings settings(String... more) {
        var values = new java.util.HashMap<>(Map.of(Settings.DATA_DIR, temp.resolve("data").toString()));
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        return Settings.of(values);
    }

    private static Persistence openMigrated(Settings settings) {
        Persistence persistence = new EmbeddedProvider().open(settings);
        persistence.migrate();
        return persistence;
    }

    @Test
    void isFoundByServiceLoaderBesideThePostgresBackend() {
        Set<String> names = ServiceLoader.load(PersistenceProvider.class).stream()
                .map(p -> p.get().name())
                .collect(Collectors.toSet());
        assertEquals(Set.of("embedded", "postgres"), names);
    }

    @Test
    void reportsItselfAsEmbeddedWithTheServersVersion() {
        try (Persistence persistence = openMigrated(settings())) {
            assertEquals("embedded", persistence.backend());
            assertTrue(persistence.privateToThisMachine(), "serve seeds an empty one with demo data");
            var health = persistence.health();
            assertEquals("embedded", health.backend());
            assertTrue(health.version().startsWith("PostgreSQL 18."), health.version());
        }
    }

    @Test
    void findsAUserAgainAfterARestart() {
        long id;
        try (Persistence persistence = openMigrated(settings())) {
            id = persistence.repositories().users().create(new NewUser("ada@example.com", "Ada", Role.SELLER, HASH)).id();
        }
        try (Persistence persistence = openMigrated(settings())) {
            assertEquals(id, persistence.repositories().users().findByEmail("ada@example.com").orElseThrow().id());
        }
    }

    @Test
    void closingStopsTheServer() throws Exception {
        Persistence persistence = openMigrated(settings());
        var dir = DataDirectory.of(temp.resolve("data").toString());
        long postmaster = Postmaster.of(dir.cluster()).orElseThrow().pid();
        persistence.close();
        assertFalse(ProcessHandle.of(postmaster).isPresent(), "postmaster still running");
    }

    @Test
    void aCommandAttachedToARunningServerSeesItsDataAndLeavesItRunning() {
        try (Persistence serving = openMigrated(settings())) {
            var provider = new EmbeddedProvider();
            try (Persistence command = provider.open(provider.besideRunningServer(settings()))) {
                assertEquals(0, command.migrate().applied());
                command.repositories().users().create(new NewUser("bob@example.com", "Bob", Role.USER, HASH));
            }
            assertTrue(serving.repositories().users().findByEmail("bob@example.com").isPresent());
        }
    }

    @Test
    void rejectsAnAttachValueThatIsNotABoolean() {
        var e = assertThrows(InvalidDataException.class,
                () -> new EmbeddedProvider().open(settings(EmbeddedProvider.ATTACH, "yes")));
        assertEquals("setting 'attach' must be true or false, not 'yes'", e.getMessage());
    }
}
