package dev.carlot.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.market.Market;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 5 of docs/reliability.md: the embedded data directory lives on a small tmpfs that
 * fills up under Carlot. Writes are refused with a problem that says so (507, or 503 if
 * PostgreSQL stopped), a log line names the cause, reads keep working, and once space is freed
 * writes work again with every acknowledged write intact.
 */
@Tag("faults")
@Timeout(300)
class DiskFullTest {
    private static final Duration RECOVERS_WITHIN = Duration.ofSeconds(60);
    private static final int MAX_WRITES_TO_FILL = 5_000;

    @TempDir
    Path temp;
    Path disk;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectory(temp.resolve("disk"));
        Assumptions.assumeTrue(Tmpfs.mount(disk, "size=160m"),
                "mounting a tmpfs is not permitted here");
    }

    @AfterEach
    void unmount() {
        Tmpfs.unmount(disk);
    }

    @Test
    void writesAreRefusedSayingTheDiskIsFullReadsWorkAndFreeingSpaceBringsWritesBack() throws Exception {
        var carlot = CarlotProcess.serve(Map.of("CARLOT_BACKEND", "embedded",
                "CARLOT_DATA_DIR", disk.resolve("data").toString()), temp.resolve("carlot.log"));
        try {
            var writes = Writes.by(carlot.http());
            for (int i = 0; i < 5; i++) {
                writes.round(carlot.http());
            }
            assertEquals(List.of(), writes.wrongAnswers);
            long aCar = writes.ackedCars.iterator().next();
            var seller = Accounts.aSeller(carlot.http());
            Path filler = fill(disk.resolve("filler"));

            Http.Answer refused = firstRefusedWrite(carlot.http(), seller.token())
                    .orElseThrow(() -> new AssertionError("every write succeeded on a full disk"));
            assertTrue(refused.status() == 507 || refused.status() == 503, refused.status() + " " + refused.text());
            assertTrue(refused.header("Retry-After").isPresent());
            assertEquals("application/problem+json", refused.contentType());
            if (refused.status() == 507) {
                assertTrue(refused.object().getString("detail").contains("disk space"), refused.text());
            }
            assertTrue(carlot.logText().contains("No space left on device"), carlot::logText);
            assertEquals(200, carlot.http().get("/api/cars/" + aCar).status(), "reads should keep working");

            Files.delete(filler);
            awaitAcceptedWrite(carlot.http(), seller.token());
            writes.verify(carlot);
        } finally {
            carlot.stop();
        }
    }

    /** Writes 1 MiB blocks, then smaller ones, until the file system refuses. */
    private static Path fill(Path filler) throws IOException {
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int block : new int[] {1 << 20, 1 << 12}) {
                byte[] bytes = new byte[block];
                try {
                    while (true) {
                        out.write(bytes);
                        out.flush();
                    }
                } catch (IOException full) {
                    // this block size no longer fits
                }
            }
        } catch (IOException closingOnAFullDisk) {
            // the last partial write may fail again on close
        }
        return filler;
    }

    private static Optional<Http.Answer> firstRefusedWrite(Http http, String token) {
        for (int i = 0; i < MAX_WRITES_TO_FILL; i++) {
            Http.Answer answer = http.post("/api/cars", Market.aCarBody().build(), token);
            if (answer.status() != 201) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    private static void awaitAcceptedWrite(Http http, String token) {
        long deadline = System.nanoTime() + RECOVERS_WITHIN.toNanos();
        Http.Answer last = null;
        while (System.nanoTime() < deadline) {
            last = http.post("/api/cars", Market.aCarBody().build(), token);
            if (last.status() == 201) {
                return;
            }
            assertTrue(last.status() == 507 || last.status() == 503, last.status() + " " + last.text());
            CarlotProcess.pause();
        }
        throw new AssertionError("writes did not work again within " + RECOVERS_WITHIN.toSeconds() + " s: " + last.text());
    }
}
