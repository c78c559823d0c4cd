package dev.carlot.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 2 of docs/reliability.md: the embedded PostgreSQL is killed with SIGKILL while
 * Carlot serves a stream of writes. Every answer is a 2xx or a 503 with Retry-After, Carlot
 * starts the server again by itself, and every acknowledged write is still there.
 */
@Tag("faults")
@Timeout(240)
class PostmasterKillTest {
    private static final Duration BACK_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void requestsGet503UntilCarlotHasStartedItsPostgresAgainAndNoAcknowledgedWriteIsLost() throws Exception {
        Path data = temp.resolve("data");
        var carlot = CarlotProcess.serve(Map.of("CARLOT_BACKEND", "embedded", "CARLOT_DATA_DIR", data.toString()),
                temp.resolve("carlot.log"));
        try {
            var writes = Writes.by(carlot.http());
            var stop = new AtomicBoolean();
            List<Thread> writers = List.of(Thread.ofPlatform().start(() -> writes.stream(carlot.http(), stop)),
                    Thread.ofPlatform().start(() -> writes.stream(carlot.http(), stop)));
            writes.awaitAcknowledged(10, BACK_WITHIN);

            long killed = Postmasters.kill9(data);
            int before = writes.ackedCars.size();
            writes.awaitAcknowledged(before + 10, BACK_WITHIN);
            stop.set(true);
            for (Thread writer : writers) {
                writer.join();
            }

            assertEquals(List.of(), writes.wrongAnswers, carlot::logText);
            assertFalse(carlot.logText().contains("\tat "), () -> "an expected failure logged a stack trace:\n"
                    + carlot.logText());
            assertNotEquals(killed, Postmasters.of(data).orElseThrow().pid());
            writes.verify(carlot);
        } finally {
            carlot.stop();
        }
    }
}
