package dev.carlot.app;

import static dev.carlot.app.ScheduledBackupsApiTest.scheduled;
import static dev.carlot.testing.postgres.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.backend.Backends;
import dev.carlot.app.server.CarlotServer;
import dev.carlot.backupfiles.BackupSchedule;
import dev.carlot.persistence.Persistence;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Carlot servers on one database and one backup directory (shared storage), both scheduled
 * every second: each slot gets one backup, not one per server, and when one server stops the
 * other goes on making them.
 */
class ScheduledBackupsClusterTest {
    @TempDir
    Path dir;

    @Test
    void twoServersMakeEachScheduledBackupOnceAndOneGoesOnWhenTheOtherStops() throws Exception {
        try (TestBackend backend = TestBackend.fresh()) {
            AppConfig config = backend.config("--backup-dir=" + dir, "--backup-schedule=PT1S", "--backup-keep=1000");
            try (Persistence first = backend.open(config)) {
                first.migrate();
                try (Persistence second = openBeside(backend, config)) {
                    CarlotServer one = CarlotServer.start(config, first);
                    CarlotServer two = CarlotServer.start(config, second);
                    Instant stopped;
                    try {
                        await("five scheduled backups", () -> scheduled(dir).size() >= 5);
                        one.stop();
                        stopped = Instant.now();
                        await("three scheduled backups after one server stopped", () -> scheduled(dir).stream()
                                .filter(f -> BackupSchedule.startOf(f).orElseThrow().isAfter(stopped)).count() >= 3);
                    } finally {
                        one.stop();
                        two.stop();
                    }
                }
            }
            Map<Instant, List<Path>> bySlot = scheduled(dir).stream().collect(Collectors.groupingBy(
                    f -> BackupSchedule.startOf(f).orElseThrow().truncatedTo(ChronoUnit.SECONDS)));
            assertEquals(Map.of(), bySlot.entrySet().stream().filter(e -> e.getValue().size() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "slots with two backups");
        }
    }

    /** A second opening of the same database, as a second Carlot process would have it. */
    private static Persistence openBeside(TestBackend backend, AppConfig config) {
        AppConfig.Database database = config.database();
        var settings = backend.name().equals("embedded") ? database.settings().with("attach", "true")
                : database.settings();
        return Backends.discover().open(new AppConfig.Database(database.backend(), settings));
    }
}
