package dev.carlot.app;

import static dev.carlot.app.CliRun.carlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The commands, run in-process on a fresh database of the backend under test. */
class CliTest {

    @Test
    void migrateAppliesThePendingMigrationsAndASecondRunNothing() {
        try (TestBackend backend = TestBackend.fresh()) {
            CliRun first = carlot(backend.environment(), "migrate");
            CliRun second = carlot(backend.environment(), "migrate");

            assertEquals(0, first.code(), first.err());
            assertTrue(first.out().startsWith("applied "), first.out());
            assertEquals(0, second.code(), second.err());
            assertTrue(second.out().startsWith("nothing to migrate: the schema is at version "), second.out());
        }
    }

    @Test
    void migrateStatusListsEachMigrationPendingThenApplied() {
        try (TestBackend backend = TestBackend.fresh()) {
            CliRun before = carlot(backend.environment(), "migrate", "status");
            carlot(backend.environment(), "migrate");
            CliRun after = carlot(backend.environment(), "migrate", "status");

            assertEquals(0, before.code(), before.err());
            assertTrue(before.out().startsWith("VERSION"), before.out());
            assertTrue(before.out().lines().skip(1).allMatch(l -> l.contains(" pending")), before.out());
            assertTrue(after.out().lines().skip(1)
                    .allMatch(l -> l.matches("\\S+\\s+.+\\s+applied\\s+\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ")), after.out());
        }
    }

    @Test
    void seedCreatesTheDemoDataOnceAndSaysSo() {
        try (TestBackend backend = TestBackend.fresh()) {
            Map<String, String> environment = new HashMap<>(backend.environment());
            environment.putAll(Map.of("CARLOT_SEED_PASSWORD", "demo-password-1", "CARLOT_BCRYPT_COST", "4"));
            carlot(environment, "migrate");

            CliRun first = carlot(environment, "seed");
            CliRun second = carlot(environment, "seed");

            assertEquals(0, first.code(), first.err());
            assertTrue(first.out().matches("seeded 3 accounts, \\d+ cars and \\d+ orders\\n"), first.out());
            assertEquals("nothing to seed: the demo accounts and cars exist already\n", second.out());
        }
    }

    @Test
    void aCommandBesideARunningServerUsesItsDatabase() {
        try (TestServer server = TestServer.start()) {
            CliRun status = carlot(server.backend().environment(), "migrate", "status");

            assertEquals(0, status.code(), status.err());
            assertTrue(status.out().contains(" applied "), status.out());
        }
    }

    @Test
    void anUnknownBackendIsOneLineListingTheAvailableOnes() {
        CliRun run = carlot(Map.of("CARLOT_BACKEND", "oracle"), "migrate");

        assertEquals(ExitCode.CONFIGURATION.code(), run.code());
        assertEquals("carlot: no backend 'oracle'; available: embedded, postgres\n", run.err());
    }

    @Test
    void aMalformedDatabaseUrlIsOneLine() {
        CliRun run = carlot(Map.of("DATABASE_URL", "mysql://db.example.com/carlot"), "migrate");

        assertEquals(ExitCode.CONFIGURATION.code(), run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("carlot: ") && run.err().contains("postgres://"), run.err());
    }

    @Test
    @Timeout(30) // a guard against hanging; the time it takes is reported by hand, not asserted
    void anUnreachableServerIsOneLineNamingIt() {
        CliRun run = carlot(Map.of("DATABASE_URL", "postgres://carlot:secret@127.0.0.1:1/carlot"), "migrate");

        assertEquals(ExitCode.UNAVAILABLE.code(), run.code());
        assertEquals("carlot: cannot connect to PostgreSQL at 127.0.0.1:1: connection refused\n", run.err());
    }

    @Test
    void serveOnAPortInUseIsOneLineBeforeTheDatabaseIsOpened() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // no database is configured that could be reached: the port is checked first
            CliRun run = carlot(Map.of("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none"),
                    "serve", "--host=127.0.0.1", "--port=" + taken.getLocalPort());

            assertEquals(ExitCode.CONFIGURATION.code(), run.code());
            assertEquals("carlot: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the port is in use; stop what uses it or set PORT (--port)\n", run.err());
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = carlot(Map.of(), "migrat");

        assertEquals(ExitCode.USAGE.code(), run.code());
        assertEquals("carlot: unknown command 'migrat'; see 'carlot help'\n", run.err());
    }

    @Test
    void helpListsCommandsSettingsAndExitCodes() {
        CliRun run = carlot(Map.of(), "help");

        assertEquals(0, run.code());
        for (String part : new String[] {"migrate status", "DATABASE_URL", "CARLOT_SEED_PASSWORD", "Exit codes"}) {
            assertTrue(run.out().contains(part), part);
        }
    }
}
