package dev.carlot.app;

import dev.carlot.app.backend.Backends;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Settings;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fresh, empty database of the backend the system property {@code carlot.test.backend}
 * names ({@code embedded}, the default, or {@code postgres}), described as the settings an
 * operator would give: flags for the command line and environment variables.
 */
public final class TestBackend implements AutoCloseable {
    private final String name;
    private final Map<String, String> environment;
    private final Path dataDir;
    private final TestDatabase database;

    private TestBackend(String name, Map<String, String> environment, Path dataDir, TestDatabase database) {
        this.name = name;
        this.environment = environment;
        this.dataDir = dataDir;
        this.database = database;
    }

    public static String selected() {
        return System.getProperty("carlot.test.backend", "embedded");
    }

    public static TestBackend fresh() {
        return fresh(selected());
    }

    /** The backend other than the selected one, for tests that move data between the two. */
    public static String other() {
        return selected().equals("embedded") ? "postgres" : "embedded";
    }

    public static TestBackend fresh(String name) {
        return switch (name) {
            case "embedded" -> {
                try {
                    Path dir = Files.createTempDirectory("carlot-app-test");
                    yield new TestBackend(name, Map.of("CARLOT_BACKEND", name,
                            "CARLOT_DATA_DIR", dir.resolve("data").toString()), dir, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case "postgres" -> {
                TestDatabase database = TestDatabases.fresh();
                yield new TestBackend(name, Map.of("CARLOT_BACKEND", name, "DATABASE_URL", database.databaseUrl()),
                        null, database);
            }
            default -> throw new IllegalArgumentException("carlot.test.backend must be embedded or postgres, not " + name);
        };
    }

    public String name() {
        return name;
    }

    /** The environment that selects this database, as {@code carlot} reads it. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The configuration a test server runs with: this database, a free port, cheap bcrypt. */
    public AppConfig config(String... moreFlags) {
        List<String> flags = new ArrayList<>(List.of("--port=0", "--host=127.0.0.1", "--bcrypt-cost=4"));
        flags.addAll(List.of(moreFlags));
        return AppConfig.load(CommandLine.parse(flags.toArray(String[]::new)), environment);
    }

    public Persistence open(AppConfig config) {
        return Backends.discover().open(config.database());
    }

    /**
     * Takes the database away under a running server: the postgres database is dropped, the
     * embedded server is killed (it is this test's own). The embedded backend starts a killed
     * server again, so its configuration is broken first: every new start then fails.
     */
    public void breakDatabase() {
        if (database != null) {
            database.close();
            return;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            Path pidFile = files.filter(p -> p.getFileName().toString().equals("postmaster.pid")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no postmaster.pid under " + dataDir));
            Files.writeString(pidFile.resolveSibling("postgresql.conf"), "shared_buffers = gone\n",
                    java.nio.file.StandardOpenOption.APPEND);
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
        // closing twice is harmless: a test may close a backend it handed to a TestServer
        if (dataDir != null && Files.exists(dataDir)) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The backend settings as {@link AppConfig} derives them, for tests that open providers directly. */
    public Settings settings() {
        return config().database().settings();
    }
}
