package dev.carlot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.backupfiles.BackupFiles;
import dev.carlot.persistence.data.AuditEvent;
import dev.carlot.persistence.data.AuditLog;
import dev.carlot.persistence.data.AuditQuery;
import dev.carlot.testing.postgres.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup killed half-way leaves its hidden partial file; the next scheduled backup deletes it
 * once it has not been written to for a period of the schedule (an hour at least), and says so
 * in the audit log. A partial file being written now (another server's backup) stays.
 */
class AbandonedPartialBackupTest {
    @TempDir
    Path dir;

    @Test
    void theNextScheduledBackupDeletesAPartialFileACrashLeftAndKeepsOneBeingWritten() throws Exception {
        Path backups = BackupFiles.createDirectories(dir.resolve("backups"));
        Path crashed = Files.writeString(backups.resolve(".carlot-scheduled-20260101T000000Z.zip.partial"), "half a backup");
        Files.setLastModifiedTime(crashed, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path live = Files.writeString(backups.resolve(".carlot-20991231T000000.000Z.zip.partial"), "being written");

        try (TestServer server = TestServer.start("--backup-dir=" + backups, "--backup-schedule=PT1S")) {
            // the audit log in the database: the job may run before a capture of the log lines could begin
            AuditLog log = server.persistence().repositories().audit();
            AuditQuery deletions = new AuditQuery(Optional.of("backup.partial-deleted"), Optional.empty(), Optional.empty());
            Eventually.await("the abandoned partial file deleted", () -> !log.list(deletions, 10).isEmpty());

            List<AuditEvent> deleted = log.list(deletions, 10);
            assertEquals(1, deleted.size(), deleted::toString);
            assertTrue(deleted.getFirst().entry().facts().contains("file=.carlot-scheduled-20260101T000000Z.zip.partial"),
                    deleted.toString());
            assertTrue(deleted.getFirst().entry().facts().contains("by=schedule"), deleted.toString());
        }
        assertFalse(Files.exists(crashed));
        assertTrue(Files.exists(live), "a partial file written to within the hour is someone's backup in progress");
    }
}
