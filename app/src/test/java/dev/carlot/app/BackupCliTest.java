package dev.carlot.app;

import static dev.carlot.app.CliRun.carlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.accounts.Accounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carlot backup} and {@code carlot restore}: what they print, refuse and exit with. */
class BackupCliTest {
    @TempDir
    Path dir;

    @Test
    void backupAndRestoreBesideRunningServersSayWhatTheyDid() {
        Path file = dir.resolve("carlot.zip");
        Accounts.Account account;
        try (TestServer server = TestServer.start()) {
            account = Accounts.aUser(server.http());
            CliRun backup = carlot(server.backend().environment(), "backup", file.toString());

            assertEquals(0, backup.code(), backup.err());
            assertTrue(backup.out().matches("(?s).*  users +1 rows\n.*"), backup.out());
            assertTrue(backup.out().matches("(?s).*backed up \\d+ rows of \\d+ tables \\(schema version \\S+, snapshot of "
                    + "\\S+\\) to " + file + ": [\\d.]+ kB in [\\d.]+ s\n"), backup.out());
        }
        // a server on an empty database: on the embedded backend each command talks to it
        try (TestServer empty = TestServer.start()) {
            Map<String, String> target = empty.backend().environment();
            Path cut = cutShort(file);
            CliRun refused = carlot(target, "restore", cut.toString());
            assertEquals(ExitCode.CONFIGURATION.code(), refused.code(), refused.out());
            assertEquals(1, refused.err().lines().count(), refused.err());
            assertTrue(refused.err().startsWith("carlot: " + cut + " is not a complete Carlot backup"), refused.err());

            CliRun restore = carlot(target, "restore", file.toString());
            assertEquals(0, restore.code(), restore.err());
            assertTrue(restore.out().matches("(?s).*restored \\d+ rows of \\d+ tables \\(schema version \\S+, snapshot of "
                    + "\\S+\\) from " + file + " in [\\d.]+ s\n"), restore.out());
            assertEquals(200, empty.http().get("/api/users/me", account.token()).status(), "the session came along");

            CliRun again = carlot(target, "restore", file.toString());
            assertEquals(ExitCode.CONFLICT.code(), again.code(), again.out());
            assertEquals("carlot: the database already holds Carlot data (in users, sessions); restore into an empty"
                    + " database, or add --force to replace all of it\n", again.err());

            CliRun forced = carlot(target, "restore", file.toString(), "--force");
            assertEquals(0, forced.code(), forced.err());
            assertTrue(forced.out().contains("replaced the data that was there; restored "), forced.out());
        }
    }

    @Test
    void aMissingDirectoryOrFileIsOneLineBeforeAnyDatabaseIsOpened() {
        // nothing answers there: the files are checked first
        Map<String, String> unreachable = Map.of("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
        Path file = dir.resolve("missing").resolve("carlot.zip");

        CliRun backup = carlot(unreachable, "backup", file.toString());
        CliRun restore = carlot(unreachable, "restore", file.toString());

        assertEquals(ExitCode.CONFIGURATION.code(), backup.code(), backup.out());
        assertEquals("carlot: cannot write the backup to " + file + ": there is no directory " + file.getParent() + "\n",
                backup.err());
        assertEquals(ExitCode.CONFIGURATION.code(), restore.code(), restore.out());
        assertEquals("carlot: there is no backup file " + file + "\n", restore.err());
    }

    private Path cutShort(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theFileIsTheOneArgumentAndForceBelongsToRestore() {
        Map<String, String> none = Map.of("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");

        assertEquals("carlot: 'backup' takes one argument, the backup file: carlot backup FILE; see 'carlot help'\n",
                carlot(none, "backup").err());
        assertEquals(ExitCode.USAGE.code(), carlot(none, "restore", "a.zip", "b.zip").code());
        assertEquals("carlot: 'migrate' takes no argument '--force'; see 'carlot help'\n",
                carlot(none, "migrate", "--force").err());
    }

}
