package dev.carlot.persistence.embedded;

import dev.carlot.persistence.UnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What happens to the server and the directory when the Carlot that runs them is another process that dies. */
@Timeout(120)
class ProcessDeathTest {
    private static final Duration EXIT_WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private DataDirectory dir() {
        return DataDirectory.of(temp.resolve("data").toString());
    }

    @Test
    void anotherProcessIsRefusedAtOnceAndToldWhoHoldsTheDirectory() throws Exception {
        var holder = HolderProcess.start(temp.resolve("data"), temp.resolve("holder.err"));
        try {
            var e = assertThrows(UnavailableException.class, () -> ServerAccess.obtain(dir(), false));
            assertEquals("data directory " + dir() + " is in use by another Carlot (pid " + holder.jvm().pid()
                    + ", port " + holder.port() + "); stop it first or set CARLOT_DATA_DIR", e.getMessage());
        } finally {
            holder.kill();
        }
    }

    @Test
    void anotherProcessCanAttachToTheRunningServer() throws Exception {
        var holder = HolderProcess.start(temp.resolve("data"), temp.resolve("holder.err"));
        try {
            var attached = ServerAccess.obtain(dir(), true);
            assertEquals(holder.port(), attached.endpoint().port());
            assertEquals("1", Psql.queryOne(attached.endpoint(), "select 1"));
            attached.release().run();
        } finally {
            holder.kill();
        }
    }

    @Test
    void aTerminatedCarlotStopsItsServerOnTheWayOut() throws Exception {
        var holder = HolderProcess.start(temp.resolve("data"), temp.resolve("holder.err"));
        holder.jvm().destroy();
        assertTrue(HolderProcess.exits(holder.postmasterPid(), EXIT_WAIT), "postmaster still running");
        holder.jvm().waitFor();
        assertFalse(Files.exists(dir().serverFile()), () -> "server record left behind\n" + read(temp.resolve("holder.err")));
    }

    @Test
    void aKilledCarlotLeavesNoPostgresBehind() throws Exception {
        var holder = HolderProcess.start(temp.resolve("data"), temp.resolve("holder.err"));
        holder.kill();
        assertTrue(HolderProcess.exits(holder.postmasterPid(), EXIT_WAIT), "postmaster outlived its JVM");
        var next = ServerAccess.obtain(dir(), false);
        assertEquals("1", Psql.queryOne(next.endpoint(), "select 1"));
        next.release().run();
    }

    @Test
    void theNextStartStopsAPostgresThatOutlivedItsCarlot() throws Exception {
        var holder = HolderProcess.start(temp.resolve("data"), temp.resolve("holder.err"));
        ProcessHandle.of(holder.watchdogPid()).ifPresent(ProcessHandle::destroyForcibly);
        assertTrue(HolderProcess.exits(holder.watchdogPid(), EXIT_WAIT));
        holder.kill();
        assertTrue(ProcessHandle.of(holder.postmasterPid()).isPresent(), "the orphan should still run");

        var next = ServerAccess.obtain(dir(), false);
        try {
            assertFalse(ProcessHandle.of(holder.postmasterPid()).isPresent(), "orphan still running");
            assertNotEquals(holder.postmasterPid(), Postmaster.of(dir().cluster()).orElseThrow().pid());
            assertEquals("1", Psql.queryOne(next.endpoint(), "select 1"));
        } finally {
            next.release().run();
        }
    }
}
