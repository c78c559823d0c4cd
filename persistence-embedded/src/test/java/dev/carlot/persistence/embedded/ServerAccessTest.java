package dev.carlot.persistence.embedded;

import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.UnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerAccessTest {
    @TempDir
    Path temp;

    @Test
    void keepsDataAcrossARestart() throws Exception {
        var dir = DataDirectory.of(temp.resolve("data").toString());
        var first = ServerAccess.obtain(dir, false);
        try {
            Psql.execute(first.endpoint(), "create table garage (car text); insert into garage values ('Skoda Octavia')");
        } finally {
            first.release().run();
        }
        var second = ServerAccess.obtain(dir, false);
        try {
            assertEquals("Skoda Octavia", Psql.queryOne(second.endpoint(), "select car from garage"));
            assertEquals(first.endpoint().password(), second.endpoint().password());
        } finally {
            second.release().run();
        }
    }

    @Test
    void refusesASecondStartOnTheSameDirectoryNamingTheHolder() {
        var dir = DataDirectory.of(temp.resolve("data").toString());
        var holder = ServerAccess.obtain(dir, false);
        try {
            var e = assertThrows(UnavailableException.class, () -> ServerAccess.obtain(dir, false));
            assertEquals("data directory " + dir + " is in use by another Carlot (pid " + ProcessHandle.current().pid()
                    + ", port " + holder.endpoint().port() + "); stop it first or set CARLOT_DATA_DIR", e.getMessage());
        } finally {
            holder.release().run();
        }
    }

    @Test
    void attachesToTheServerOfAHeldDirectoryAndLeavesItRunning() throws Exception {
        var dir = DataDirectory.of(temp.resolve("data").toString());
        var holder = ServerAccess.obtain(dir, false);
        try {
            var attached = ServerAccess.obtain(dir, true);
            assertEquals(holder.endpoint(), attached.endpoint());
            Psql.execute(attached.endpoint(), "create table seen (n int)");
            attached.release().run();
            assertEquals("0", Psql.queryOne(holder.endpoint(), "select count(*) from seen"));
        } finally {
            holder.release().run();
        }
    }

    @Test
    void releasingTheServerFreesTheDirectory() throws Exception {
        var dir = DataDirectory.of(temp.resolve("data").toString());
        var server = ServerAccess.obtain(dir, false);
        long postmaster = Postmaster.of(dir.cluster()).orElseThrow().pid();
        server.release().run();
        assertFalse(ProcessHandle.of(postmaster).isPresent(), "postmaster still running");
        assertFalse(Files.exists(dir.serverFile()));
        try (var lock = DirectoryLock.tryAcquire(dir.lockFile()).orElseThrow()) {
            assertTrue(Files.exists(dir.lockFile()));
        }
    }

    @Test
    void refusesANonEmptyDirectoryItDidNotCreateAndLeavesItUntouched() throws Exception {
        Path data = Files.createDirectories(temp.resolve("photos/2025"));
        Files.writeString(data.resolve("beetle.jpg"), "not a database");
        var before = DirectorySnapshot.of(temp.resolve("photos"));
        var dir = DataDirectory.of(temp.resolve("photos").toString());
        var e = assertThrows(InvalidDataException.class, () -> ServerAccess.obtain(dir, false));
        assertTrue(e.getMessage().startsWith("data directory " + dir + " is not empty and was not created by Carlot"),
                e.getMessage());
        assertEquals(before, DirectorySnapshot.of(temp.resolve("photos")));
    }

    @Test
    void refusesAFirstStartThatWasInterruptedAndLeavesItUntouched() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data/postgres"));
        Files.writeString(data.resolve("PG_VERSION"), "18\n");
        Files.writeString(temp.resolve("data/carlot.lock"), "");
        Files.writeString(temp.resolve("data/carlot-credentials.new"), "secret\n");
        Files.setPosixFilePermissions(temp.resolve("data"), DataDirectory.OWNER_ONLY);
        var before = DirectorySnapshot.of(temp.resolve("data"));
        var dir = DataDirectory.of(temp.resolve("data").toString());
        var e = assertThrows(UnavailableException.class, () -> ServerAccess.obtain(dir, false));
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertEquals(before, DirectorySnapshot.of(temp.resolve("data")));
    }

    @Test
    void refusesADirectoryWhoseClusterIsMissing() throws Exception {
        Files.createDirectories(temp.resolve("data"));
        Files.writeString(temp.resolve("data/carlot.lock"), "");
        Files.writeString(temp.resolve("data/carlot-credentials"), "secret\n");
        var dir = DataDirectory.of(temp.resolve("data").toString());
        var e = assertThrows(UnavailableException.class, () -> ServerAccess.obtain(dir, false));
        assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
    }

    @Test
    void reportsWhyPostgresRefusesABrokenClusterAndFreesTheDirectory() throws Exception {
        var dir = DataDirectory.of(temp.resolve("data").toString());
        ServerAccess.obtain(dir, false).release().run();
        Files.writeString(dir.cluster().resolve("postgresql.conf"), "shared_buffers = plenty\n",
                java.nio.file.StandardOpenOption.APPEND);
        var e = assertThrows(UnavailableException.class, () -> ServerAccess.obtain(dir, false));
        assertTrue(e.getMessage().startsWith("PostgreSQL did not start on data directory " + dir
                + ": FATAL: configuration file"), e.getMessage());
        var again = assertThrows(UnavailableException.class, () -> ServerAccess.obtain(dir, false));
        assertEquals(e.getMessage(), again.getMessage());
    }

    @Test
    void refusesADirectoryWhoseParentIsMissingAndCreatesNothing() {
        var dir = DataDirectory.of(temp.resolve("no/such/data").toString());
        var e = assertThrows(InvalidDataException.class, () -> ServerAccess.obtain(dir, false));
        assertEquals("the parent directory " + temp.resolve("no/such") + " of data directory " + dir
                + " does not exist; create it first or set CARLOT_DATA_DIR to another path", e.getMessage());
        assertFalse(Files.exists(temp.resolve("no")));
    }

    @Test
    void tellsWhatToDoAboutADamagedControlFileAndChangesNothing() throws Exception {
        var dir = DataDirectory.of(temp.resolve("data").toString());
        ServerAccess.obtain(dir, false).release().run();
        try (var file = new java.io.RandomAccessFile(dir.cluster().resolve("global/pg_control").toFile(), "rw")) {
            file.seek(16);
            file.write(new byte[64]);
        }
        var before = DirectorySnapshot.of(dir.cluster().resolve("global"));
        var e = assertThrows(UnavailableException.class, () -> ServerAccess.obtain(dir, false));
        assertTrue(e.getMessage().contains("control file"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; its PostgreSQL files are damaged; restore the data directory from a backup"
                + " (Carlot has changed and deleted nothing in it)"), e.getMessage());
        assertEquals(before, DirectorySnapshot.of(dir.cluster().resolve("global")));
    }

    @Test
    void refusesAFileAsDataDirectory() throws Exception {
        Files.writeString(temp.resolve("data"), "x");
        var dir = DataDirectory.of(temp.resolve("data").toString());
        var e = assertThrows(InvalidDataException.class, () -> ServerAccess.obtain(dir, false));
        assertEquals("data directory " + dir + " is a file, not a directory", e.getMessage());
    }

    @Test
    void takesOverAnEmptyDirectoryAndMakesItOwnerOnly() throws Exception {
        Path data = Files.createDirectory(temp.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        var server = ServerAccess.obtain(DataDirectory.of(data.toString()), false);
        try {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
            assertEquals("1", Psql.queryOne(server.endpoint(), "select 1"));
        } finally {
            server.release().run();
        }
    }
}
