package dev.carlot.testing.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One PostgreSQL server of a test's own, on a loopback port, trusting local logins (nothing but
 * this machine's loopback reaches it). Stopped by its postmaster's PID.
 */
final class ThrowawayServer {

    private final PostgresBinaries binaries;
    private final Path data;
    private final int port;
    private volatile long pid;

    private ThrowawayServer(PostgresBinaries binaries, Path data, int port) {
        this.binaries = binaries;
        this.data = data;
        this.port = port;
    }

    /** A new cluster in {@code dir}/name; fsync off, it holds nothing worth a flush. */
    static ThrowawayServer initdb(PostgresBinaries binaries, Path dir, String name) throws IOException, InterruptedException {
        Path data = dir.resolve(name);
        binaries.run("initdb", "-D", data.toString(), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8");
        return new ThrowawayServer(binaries, data, PostgresBinaries.freePort());
    }

    /** A streaming standby of {@code primary} in {@code dir}/name, following it from where the copy ends. */
    static ThrowawayServer standbyOf(ThrowawayServer primary, Path dir, String name) throws IOException, InterruptedException {
        Path data = dir.resolve(name);
        primary.binaries.run("pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(primary.port), "-U", "postgres",
                "-D", data.toString(), "-R", "-X", "stream", "-c", "fast", "--no-sync");
        return new ThrowawayServer(primary.binaries, data, PostgresBinaries.freePort());
    }

    /** Starts the server and waits until it accepts connections. */
    void start() throws IOException, InterruptedException {
        binaries.run("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
                // the socket beside the data directory, not in it: pg_basebackup would warn it skips it
                "-o", String.join(" ", List.of("-p", Integer.toString(port), "-k", data.getParent().toString(),
                        "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "full_page_writes=off")),
                "start");
        pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
    }

    /**
     * Stops the server by its PID with a fast shutdown (SIGINT: sessions are ended, nothing waits
     * for clients to leave) and waits for it to exit.
     */
    void stop() {
        long stopping = pid;
        pid = 0;
        Optional<ProcessHandle> process = stopping == 0 ? Optional.empty() : ProcessHandle.of(stopping);
        if (process.isEmpty()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(stopping)).inheritIO().start().waitFor();
            process.get().onExit().get(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.get().destroyForcibly();
        }
    }

    int port() {
        return port;
    }

    /** A JDBC URL of {@code database} on this server, as the superuser, who needs no password here. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }
}
