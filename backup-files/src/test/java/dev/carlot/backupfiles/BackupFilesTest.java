package dev.carlot.backupfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.UnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file side of a backup, with the data side replaced by a stream of known bytes. */
class BackupFilesTest {
    private static final BackupManifest MANIFEST = new BackupManifest(1, "4", Instant.EPOCH, List.of());

    @TempDir
    Path dir;

    private static Function<OutputStream, BackupManifest> writing(String text) {
        return out -> {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return MANIFEST;
        };
    }

    @Test
    void aBackupTakesItsNameWholeAndOwnerOnlyOverAWiderOlderFile() throws IOException {
        Path file = dir.resolve("carlot.zip");
        Files.writeString(file, "older");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertSame(MANIFEST, BackupFiles.write(file, writing("newer")));

        assertEquals("newer", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(file), Files.list(dir).toList());
    }

    @Test
    void aBackupThatFailsHalfwayLeavesTheOlderFileAndNoPartialOne() throws IOException {
        Path file = dir.resolve("carlot.zip");
        Files.writeString(file, "older");
        var failure = new UnavailableException("the database went away");

        var thrown = assertThrows(UnavailableException.class, () -> BackupFiles.write(file, out -> {
            writing("half a backup").apply(out);
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals("older", Files.readString(file));
        assertEquals(List.of(file), Files.list(dir).toList());
    }

    @Test
    void aBackupIntoAMissingDirectoryIsRefusedInPlainWords() {
        var refused = assertThrows(InvalidDataException.class,
                () -> BackupFiles.write(dir.resolve("nowhere/carlot.zip"), writing("data")));

        assertTrue(refused.getMessage().endsWith("no such directory"), refused.getMessage());
    }

    @Test
    void directoriesMadeForBackupsAreOwnerOnlyWhileAnExistingOneKeepsItsMode() throws IOException {
        Path made = BackupFiles.createDirectories(dir.resolve("a/b"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        BackupFiles.createDirectories(dir);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a"))));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }

    @Test
    void theListHoldsFinishedBackupsNewestFirst() throws IOException {
        Path older = aFile("older.zip", 1_000);
        Path newer = aFile("newer.zip", 2_000);
        aFile(".partial.zip", 3_000);
        aFile("notes.txt", 3_000);

        assertEquals(List.of(newer, older), BackupFiles.list(dir));
        assertEquals(List.of(), BackupFiles.list(dir.resolve("missing")));
    }

    @Test
    void abandonedPartialFilesAreOnlyOursAndOnlyThoseNotWrittenSinceTheBound() throws IOException {
        Path crashed = aFile(".carlot-scheduled-20260101T000000Z.zip.partial", 1_000);
        aFile(".carlot-20261205T101010.000Z.zip.partial", 5_000);
        aFile(".someone-elses.partial", 1_000);
        aFile("carlot-20260101T000000.000Z.zip", 1_000);

        assertEquals(List.of(crashed), BackupFiles.abandoned(dir, java.time.Instant.ofEpochMilli(2_000)));
        assertEquals(List.of(), BackupFiles.abandoned(dir.resolve("missing"), java.time.Instant.now()));
    }

    private Path aFile(String name, long modifiedMillis) throws IOException {
        Path file = Files.writeString(dir.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedMillis));
        return file;
    }
}
