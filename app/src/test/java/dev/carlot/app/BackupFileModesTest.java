package dev.carlot.app;

import static dev.carlot.app.CliRun.carlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.accounts.Accounts;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups hold password and token hashes: their files are 0600 and a directory made for them
 * 0700, whatever was there before and whatever the umask; each backup and restore leaves an audit line.
 */
class BackupFileModesTest {
    @TempDir
    Path dir;

    @Test
    void aCommandLineBackupIsOwnerOnlyEvenOverAWiderFileAndIsAudited() throws IOException {
        Path file = dir.resolve("carlot.zip");
        Files.writeString(file, "an older backup");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Path leftover = dir.resolve(".carlot.zip.partial");
        Files.writeString(leftover, "a backup that was cut short");
        Files.setPosixFilePermissions(leftover, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (TestServer server = TestServer.start(); AuditLines audit = AuditLines.capture()) {
            Accounts.aUser(server.http());
            CliRun backup = carlot(server.backend().environment(), "backup", file.toString());

            assertEquals(0, backup.code(), backup.err());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertTrue(Files.notExists(leftover));
            assertEquals(1, audit.of("backup.created").size(), audit.lines().toString());
            assertTrue(audit.of("backup.created").getFirst().contains("file=" + file), audit.lines().toString());

            CliRun restore = carlot(server.backend().environment(), "restore", file.toString(), "--force");

            assertEquals(0, restore.code(), restore.err());
            assertEquals(1, audit.of("restore.done").size(), audit.lines().toString());
            assertTrue(audit.of("restore.done").getFirst().contains("replaced=true"), audit.lines().toString());
        }
    }

    @Test
    void aBackupThroughTheApiMakesAnOwnerOnlyDirectoryAndFileAndIsAudited() throws IOException {
        Path backups = dir.resolve("made/by/carlot");
        try (TestServer server = TestServer.start("--backup-dir=" + backups); AuditLines audit = AuditLines.capture()) {
            Accounts.Account admin = Accounts.anAdmin(server);

            var made = server.http().post("/api/admin/backups", JsonValue.EMPTY_JSON_OBJECT, admin.token());

            assertEquals(201, made.status(), made.text());
            for (Path created : java.util.List.of(dir.resolve("made"), dir.resolve("made/by"), backups)) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)), created.toString());
            }
            Path file = backups.resolve(made.object().getString("name"));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            String line = audit.of("backup.created").getFirst();
            assertTrue(line.contains("actor=" + admin.id()) && line.contains("file=" + file.getFileName())
                    && line.contains("client=127.0.0.1"), line);
        }
    }
}
