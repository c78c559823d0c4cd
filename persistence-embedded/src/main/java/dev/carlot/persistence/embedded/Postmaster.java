package dev.carlot.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The running PostgreSQL server process of one cluster, found through its postmaster.pid. */
record Postmaster(ProcessHandle process) {

    /** The pid the cluster's postmaster.pid names, whether or not that process still runs. */
    static Optional<Long> recordedPid(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (Files.notExists(pidFile)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The postmaster serving {@code cluster}, when one is running. */
    static Optional<Postmaster> of(Path cluster) throws IOException {
        Optional<ProcessHandle> process = recordedPid(cluster).flatMap(ProcessHandle::of);
        return process.filter(p -> servesCluster(p, cluster)).map(Postmaster::new);
    }

    /**
     * Checks the process is a postgres started on this cluster, so that a pid reused by an
     * unrelated process after a reboot is never signalled.
     */
    private static boolean servesCluster(ProcessHandle process, Path cluster) {
        ProcessHandle.Info info = process.info();
        if (!info.command().map(c -> c.endsWith("/postgres")).orElse(false)) {
            return false;
        }
        List<String> args = List.of(info.arguments().orElse(new String[0]));
        int flag = args.indexOf("-D");
        if (flag < 0 || flag + 1 >= args.size()) {
            return false;
        }
        try {
            return Files.isSameFile(Path.of(args.get(flag + 1)), cluster);
        } catch (IOException e) {
            return false;
        }
    }

    long pid() {
        return process.pid();
    }

    /**
     * Asks for a smart shutdown (SIGTERM): it finishes at once when no session is open, which
     * is the case once the Carlot that used the server is gone.
     */
    boolean stop(Duration wait) {
        process.destroy();
        return awaitExit(wait);
    }

    boolean awaitExit(Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
