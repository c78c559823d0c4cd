package dev.carlot.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The machine's PostgreSQL programs (initdb, pg_ctl, pg_basebackup), for tests that need
 * servers of their own to stop, pause or replicate, never the shared one. PostgreSQL refuses to
 * run as root, so as root every program runs as {@code nobody} ({@code runuser}), in directories
 * that user owns.
 */
final class PostgresBinaries {

    private static final String UNPRIVILEGED = "nobody";

    private final Path bin;

    private PostgresBinaries(Path bin) {
        this.bin = bin;
    }

    /** The binaries of {@code CARLOT_PG_BIN}, else of the newest /usr/lib/postgresql/N/bin; empty when none. */
    static Optional<PostgresBinaries> find() {
        Optional<Path> configured = Optional.ofNullable(System.getenv("CARLOT_PG_BIN")).filter(s -> !s.isBlank())
                .map(Path::of);
        if (configured.isPresent()) {
            return configured.filter(PostgresBinaries::complete).map(PostgresBinaries::new);
        }
        Path installed = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(installed)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(installed)) {
            return versions.map(version -> version.resolve("bin")).filter(PostgresBinaries::complete)
                    .max(Comparator.comparingInt(PostgresBinaries::major)).map(PostgresBinaries::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean complete(Path bin) {
        return Stream.of("initdb", "pg_ctl", "pg_basebackup", "postgres").allMatch(p -> Files.isExecutable(bin.resolve(p)));
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A new empty directory the servers' user owns. */
    Path directory(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        if (asRoot()) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName(UNPRIVILEGED));
        }
        return dir;
    }

    /** Runs {@code program} with {@code args} to its end, within a minute; its output is in the failure. */
    String run(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", UNPRIVILEGED, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // the servers pg_ctl starts write to their own log file (-l), so the pipe ends with the program
        process.getOutputStream().close();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(program + " did not finish within a minute");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(program + " " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }

    /** A loopback port nobody listens on right now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
