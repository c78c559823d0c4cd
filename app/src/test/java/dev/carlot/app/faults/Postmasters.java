package dev.carlot.app.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The PostgreSQL server of an embedded data directory, found the way an operator would: postmaster.pid. */
final class Postmasters {
    private Postmasters() {
    }

    /** The live postmaster of {@code dataDir}, if one runs. */
    static Optional<ProcessHandle> of(Path dataDir) {
        Path pidFile = dataDir.resolve("postgres/postmaster.pid");
        try {
            if (Files.notExists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9 and wait until it is gone. */
    static long kill9(Path dataDir) {
        ProcessHandle postmaster = of(dataDir).orElseThrow(() -> new AssertionError("no postmaster runs on " + dataDir));
        postmaster.destroyForcibly();
        if (!exits(postmaster, Duration.ofSeconds(30))) {
            throw new AssertionError("postmaster " + postmaster.pid() + " survived SIGKILL");
        }
        return postmaster.pid();
    }

    static boolean exits(ProcessHandle process, Duration within) {
        try {
            process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }
}
