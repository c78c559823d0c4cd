package dev.carlot.app;

import static dev.carlot.testing.postgres.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.backupfiles.BackupFiles;
import dev.carlot.backupfiles.BackupSchedule;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled backups with retention, on a real server and database and a temporary directory: a
 * schedule of a second makes one backup a second, keeps the newest few and never a manual one,
 * and shows itself in the list and in health.
 */
class ScheduledBackupsApiTest {
    @TempDir
    Path dir;

    static List<Path> scheduled(Path dir) {
        return BackupFiles.list(dir).stream().filter(f -> BackupSchedule.startOf(f).isPresent()).toList();
    }

    /** A manual backup; a scheduled one running on this server at that moment makes it wait its turn. */
    private static JsonObject aManualBackup(TestServer server, Account admin) throws InterruptedException {
        Http.Answer[] made = new Http.Answer[1];
        await("a manual backup", () -> {
            made[0] = server.http().post("/api/admin/backups", JsonValue.EMPTY_JSON_OBJECT, admin.token());
            return made[0].status() != 409;
        });
        assertEquals(201, made[0].status(), made[0].text());
        return made[0].object();
    }

    @Test
    void aScheduleMakesBackupsKeepsTheNewestAndNeverDeletesAManualOne() throws Exception {
        Path backups = dir.resolve("backups");
        JsonObject manual;
        try (TestServer server = TestServer.start("--backup-dir=" + backups, "--backup-schedule=PT1S",
                "--backup-keep=2"); AuditLines audit = AuditLines.capture()) {
            Account admin = Accounts.anAdmin(server);
            manual = aManualBackup(server, admin);
            assertFalse(manual.getBoolean("scheduled"));

            await("two scheduled backups deleted", () -> audit.of("backup.deleted").size() >= 2);

            JsonObject list = server.http().get("/api/admin/backups", admin.token()).object();
            JsonObject schedule = list.getJsonObject("schedule");
            assertEquals("PT1S", schedule.getString("every"));
            assertEquals(2, schedule.getInt("keep"));
            assertFalse(Instant.parse(schedule.getString("next")).isBefore(Instant.parse("2026-01-01T00:00:00Z")));
            assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(b -> b.getBoolean("scheduled") && b.getString("name").startsWith("carlot-scheduled-")),
                    list.toString());

            JsonObject health = server.http().get("/observe/health").object().getJsonArray("checks")
                    .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("backups"))
                    .findFirst().orElseThrow().getJsonObject("data");
            assertEquals("PT1S", health.getString("schedule"));
            assertEquals(2, health.getInt("keep"));
            Instant.parse(health.getString("nextScheduled"));
            assertTrue(health.getJsonNumber("lastScheduledAgeSeconds").longValue() >= 0, health.toString());

            assertTrue(audit.of("backup.created").stream().filter(l -> l.contains("by=schedule"))
                    .allMatch(l -> l.contains("actor=- ") && l.contains("client=local")), audit.lines().toString());
        }
        // stopped: no run is half-way, so retention has had its say on every backup made
        assertEquals(2, scheduled(backups).size(), BackupFiles.list(backups).toString());
        assertTrue(BackupFiles.list(backups).stream()
                .anyMatch(f -> f.getFileName().toString().equals(manual.getString("name"))), "the manual backup stays");
    }

    @Test
    void aScheduleThatCannotWorkStopsTheStartNamingItsSetting() {
        ConfigurationException noDirectory = assertThrows(ConfigurationException.class,
                () -> AppConfig.load(CommandLine.parse(new String[] {"--backup-schedule=PT24H"}), Map.of()));
        assertTrue(noDirectory.getMessage().contains("CARLOT_BACKUP_DIR"), noDirectory.getMessage());

        ConfigurationException malformed = assertThrows(ConfigurationException.class,
                () -> AppConfig.load(CommandLine.parse(new String[] {"--backup-dir=" + dir}),
                        Map.of("CARLOT_BACKUP_SCHEDULE", "daily")));
        assertTrue(malformed.getMessage().contains("carlot.backups.schedule must be an ISO-8601 duration"),
                malformed.getMessage());
    }
}
