package dev.carlot.persistence.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A postmaster that dies under a running Carlot is started again, on the same port, with its data. */
@Timeout(120)
class PostmasterRestartTest {
    private static final Duration BACK_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void aKilledPostmasterComesBackOnTheSamePortWithCommittedData() throws Exception {
        var dir = DataDirectory.of(temp.resolve("data").toString());
        var server = ServerAccess.obtain(dir, false);
        try {
            Psql.execute(server.endpoint(), "create table garage (car text); insert into garage values ('Skoda Octavia')");
            long first = Postmaster.of(dir.cluster()).orElseThrow().pid();

            kill9(first);

            assertEquals("Skoda Octavia", awaitAnswer(server.endpoint(), "select car from garage"));
            long second = Postmaster.of(dir.cluster()).orElseThrow().pid();
            assertNotEquals(first, second);
        } finally {
            server.release().run();
        }
    }

    @Test
    void closingStopsTheServerItStartedAgainAndNothingRestartsIt() throws Exception {
        var dir = DataDirectory.of(temp.resolve("data").toString());
        var server = ServerAccess.obtain(dir, false);
        kill9(Postmaster.of(dir.cluster()).orElseThrow().pid());
        awaitAnswer(server.endpoint(), "select 1");
        long restarted = Postmaster.of(dir.cluster()).orElseThrow().pid();

        server.release().run();

        assertTrue(HolderProcess.exits(restarted, Duration.ofSeconds(30)), "the restarted postmaster still runs");
        assertFalse(Postmaster.of(dir.cluster()).isPresent(), "something started the server after close");
    }

    @Test
    void aRestartThatFailsIsTriedAgainUntilTheCauseIsGone() throws Exception {
        var dir = DataDirectory.of(temp.resolve("data").toString());
        var server = ServerAccess.obtain(dir, false);
        try {
            Path conf = dir.cluster().resolve("postgresql.conf");
            String good = Files.readString(conf);
            // read at the next start only: the running server is unaffected
            Files.writeString(conf, good + "shared_buffers = plenty\n");
            kill9(Postmaster.of(dir.cluster()).orElseThrow().pid());
            awaitLogged(dir, "invalid value for parameter \"shared_buffers\"");
            assertThrows(SQLException.class, () -> Psql.queryOne(server.endpoint(), "select 1"));

            Files.writeString(conf, good);

            assertEquals("1", awaitAnswer(server.endpoint(), "select 1"));
        } finally {
            server.release().run();
        }
    }

    private static void awaitLogged(DataDirectory dir, String text) throws Exception {
        long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
        while (!Files.readString(dir.log()).contains(text)) {
            assertTrue(System.nanoTime() < deadline, "PostgreSQL never logged: " + text);
            Thread.sleep(50);
        }
    }

    private static void kill9(long pid) throws Exception {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        assertTrue(HolderProcess.exits(pid, Duration.ofSeconds(30)), "postmaster survived SIGKILL");
    }

    /** Polls until the server answers again; the keeper's restart is what is being waited for. */
    private static String awaitAnswer(Endpoint endpoint, String sql) throws InterruptedException {
        long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
        Optional<SQLException> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            try {
                return Psql.queryOne(endpoint, sql);
            } catch (SQLException e) {
                last = Optional.of(e);
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the server did not come back within " + BACK_WITHIN.toSeconds() + " s: "
                + last.map(Throwable::getMessage).orElse("no attempt"));
    }
}
