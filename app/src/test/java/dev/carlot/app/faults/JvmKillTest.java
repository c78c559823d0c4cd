package dev.carlot.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 1 of docs/reliability.md: Carlot's JVM is killed with SIGKILL in the middle of a
 * stream of writes, twenty times. After each restart every acknowledged write is there and no
 * order exists without its car reserved, nor a reserved car without its order.
 */
@Tag("reliability")
@Timeout(600)
class JvmKillTest {
    private static final int CYCLES = 20;
    private static final int WRITERS = 3;
    private static final Duration WRITES_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedWriteSurvivesTwentyKillsAndNothingIsHalfDone() throws Exception {
        Map<String, String> environment = Map.of("CARLOT_BACKEND", "embedded",
                "CARLOT_DATA_DIR", temp.resolve("data").toString());
        Writes writes = null;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            var carlot = CarlotProcess.serve(environment, temp.resolve("carlot-" + cycle + ".log"));
            try {
                if (writes == null) {
                    writes = Writes.by(carlot.http());
                } else {
                    writes.verify(carlot);
                }
                var stop = new AtomicBoolean();
                List<Thread> writers = new ArrayList<>();
                for (int i = 0; i < WRITERS; i++) {
                    Writes stream = writes;
                    writers.add(Thread.ofPlatform().start(() -> stream.stream(carlot.http(), stop)));
                }
                // a different number of writes each cycle, so the kill lands at different points
                writes.awaitAcknowledged(writes.ackedCars.size() + 3 + (cycle * 7) % 17, WRITES_WITHIN);
                carlot.kill9();
                stop.set(true);
                for (Thread writer : writers) {
                    writer.join();
                }
                assertEquals(List.of(), writes.wrongAnswers, carlot::logText);
            } finally {
                if (carlot.jvm().isAlive()) {
                    carlot.kill9();
                }
            }
        }
        var last = CarlotProcess.serve(environment, temp.resolve("carlot-last.log"));
        try {
            writes.verify(last);
        } finally {
            last.stop();
        }
    }
}
