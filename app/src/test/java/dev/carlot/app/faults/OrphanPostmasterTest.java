package dev.carlot.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.accounts.Accounts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 3 of docs/reliability.md: a Carlot killed so hard that its watchdog died with it
 * leaves a postmaster running on the data directory. The next {@code carlot serve} finds it
 * through postmaster.pid, stops it and starts as usual, with the data.
 */
@Tag("faults")
@Timeout(240)
class OrphanPostmasterTest {
    @TempDir
    Path temp;

    @Test
    void theNextServeStopsTheOrphanedPostmasterAndStartsWithTheData() throws Exception {
        Path data = temp.resolve("data");
        Map<String, String> environment = Map.of("CARLOT_BACKEND", "embedded", "CARLOT_DATA_DIR", data.toString());
        var first = CarlotProcess.serve(environment, temp.resolve("first.log"));
        var account = Accounts.aUser(first.http());
        ProcessHandle watchdog = first.jvm().toHandle().children()
                .filter(p -> Arrays.asList(p.info().arguments().orElse(new String[0])).contains("carlot-watchdog"))
                .findFirst().orElseThrow(() -> new AssertionError("no watchdog under carlot"));
        watchdog.destroyForcibly();
        assertTrue(Postmasters.exits(watchdog, Duration.ofSeconds(30)));
        first.kill9();
        ProcessHandle orphan = Postmasters.of(data).orElseThrow();
        assertTrue(orphan.isAlive(), "the postmaster should have outlived its Carlot");

        var second = CarlotProcess.serve(environment, temp.resolve("second.log"));
        try {
            assertFalse(orphan.isAlive(), "the orphan still runs");
            assertNotEquals(orphan.pid(), Postmasters.of(data).orElseThrow().pid());
            assertTrue(second.logText().contains("stopping PostgreSQL (pid " + orphan.pid() + ") left running"),
                    second::logText);
            assertEquals(200, second.http().post("/api/auth/login",
                    Accounts.credentials(account.email(), account.password())).status());
        } finally {
            second.stop();
        }
    }
}
