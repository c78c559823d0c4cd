package dev.carlot.backupfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schedule's slots, its due time and its retention, from file names alone. */
class BackupScheduleTest {
    private static final BackupSchedule DAILY = new BackupSchedule(Duration.ofHours(24), 2);
    private static final Instant AFTERNOON = Instant.parse("2026-12-05T14:30:00Z");

    private static Path scheduled(String start) {
        return Path.of("/backups", BackupSchedule.fileName(Instant.parse(start)));
    }

    @Test
    void aDailyScheduleWithoutAScheduledBackupIsDueAtOnce() {
        List<Path> onlyManual = List.of(Path.of("/backups/carlot-20261205T100000.000Z.zip"));
        assertTrue(DAILY.due(onlyManual, AFTERNOON));
        assertEquals(AFTERNOON, DAILY.next(onlyManual, AFTERNOON));
    }

    @Test
    void aDailyScheduleRunsAtMidnightUtcOnceTodaysBackupIsMade() {
        List<Path> today = List.of(scheduled("2026-12-05T00:00:40.123Z"));
        assertFalse(DAILY.due(today, AFTERNOON));
        assertEquals(Instant.parse("2026-12-06T00:00:00Z"), DAILY.next(today, AFTERNOON));
        assertTrue(DAILY.due(today, Instant.parse("2026-12-06T00:00:00Z")));
    }

    @Test
    void aSlotMissedWhileNoServerRanIsMadeUpAtOnce() {
        List<Path> twoDaysAgo = List.of(scheduled("2026-12-03T00:00:10Z"));
        assertTrue(DAILY.due(twoDaysAgo, AFTERNOON));
    }

    @Test
    void retentionKeepsTheNewestScheduledBackupsAndNeverAManualOne() {
        Path manual = Path.of("/backups/carlot-20261101T100000.000Z.zip");
        Path oldest = scheduled("2026-12-02T00:00:00Z");
        Path older = scheduled("2026-12-03T00:00:00Z");
        List<Path> all = List.of(scheduled("2026-12-05T00:00:00Z"), manual, oldest, scheduled("2026-12-04T00:00:00Z"),
                older);

        assertEquals(List.of(older, oldest), DAILY.expired(all));
    }

    @Test
    void aScheduledBackupsNameGivesItsStart() {
        Instant start = Instant.parse("2026-12-05T00:00:12.345Z");
        assertEquals("carlot-scheduled-20261205T000012.345Z.zip", BackupSchedule.fileName(start));
        assertEquals(Optional.of(start), BackupSchedule.startOf(Path.of(BackupSchedule.fileName(start))));
        assertEquals(Optional.empty(), BackupSchedule.startOf(Path.of("carlot-scheduled-yesterday.zip")));
    }

    @Test
    void theSettingsAreReadOrRefusedNamingTheirKey() {
        assertEquals(Optional.empty(), BackupSchedule.parse(Optional.empty(), Optional.of("3")));
        assertEquals(Optional.of(new BackupSchedule(Duration.ofHours(6), BackupSchedule.DEFAULT_KEEP)),
                BackupSchedule.parse(Optional.of("PT6H"), Optional.empty()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BackupSchedule.parse(Optional.of("daily"),
                Optional.empty())).getMessage().contains("carlot.backups.schedule"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BackupSchedule.parse(Optional.of("PT1H"),
                Optional.of("0"))).getMessage().contains("carlot.backups.keep"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BackupSchedule.parse(Optional.of("PT0.5S"),
                Optional.empty())).getMessage().contains("carlot.backups.schedule"));
    }

    @Test
    void theJobLooksEverySlotOrEveryMinuteForLongerSlots() {
        assertEquals(Duration.ofMinutes(1), DAILY.tick());
        assertEquals(Duration.ofSeconds(2), new BackupSchedule(Duration.ofSeconds(2), 1).tick());
    }
}
