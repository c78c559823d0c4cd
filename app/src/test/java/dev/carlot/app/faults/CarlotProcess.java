package dev.carlot.app.faults;

import dev.carlot.app.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code carlot serve} as its own JVM on the module path, the way the launcher runs it, so that
 * a test can kill it for real. Output goes to a log file the assertions quote.
 */
record CarlotProcess(Process jvm, Http http, Path log) {
    /** A start, under a loaded CI machine; the test's own deadlines are far shorter. */
    static final Duration START_WITHIN = Duration.ofSeconds(90);

    /** Runs {@code carlot serve} with {@code environment} (plus a free port and cheap bcrypt) until it is healthy. */
    static CarlotProcess serve(Map<String, String> environment, Path log) {
        int port = freePort();
        // Writes has one buyer order car after car; the pending-order cap is not what these tests are about
        Process jvm = start(environment, log, "serve", "--port=" + port, "--host=127.0.0.1", "--bcrypt-cost=4",
                "--seed-on-start=false", "--carlot.sales.max-pending-orders=1000000");
        var carlot = new CarlotProcess(jvm, new Http(URI.create("http://127.0.0.1:" + port + "/")), log);
        carlot.awaitHealthy(START_WITHIN);
        return carlot;
    }

    /**
     * {@code carlot serve} with {@code environment} and {@code flags} only (plus a free port and cheap
     * bcrypt): it chooses its address and seeds as an operator's first start would.
     */
    static CarlotProcess serveWithDefaults(Map<String, String> environment, Path log, String... flags) {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--port=" + port, "--bcrypt-cost=4"));
        args.addAll(List.of(flags));
        Process jvm = start(environment, log, args.toArray(String[]::new));
        var carlot = new CarlotProcess(jvm, new Http(URI.create("http://127.0.0.1:" + port + "/")), log);
        carlot.awaitHealthy(START_WITHIN);
        return carlot;
    }

    /** Any {@code carlot} command line with {@code environment}, stdout and stderr to {@code log}. */
    static Process start(Map<String, String> environment, Path log, String... args) {
        return start(environment, log, log, args);
    }

    /** Any {@code carlot} command line with {@code environment}; the caller waits for it. */
    static Process start(Map<String, String> environment, Path out, Path err, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the class path carries what surefire left off the module path, such as zonky's binaries
                "--module-path", System.getProperty("jdk.module.path"), "-cp", System.getProperty("java.class.path"), "-m",
                "dev.carlot.app/dev.carlot.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("CARLOT_") || k.equals("DATABASE_URL") || k.equals("PORT"));
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls health until UP; fails with the process's log when it dies or the deadline passes. */
    void awaitHealthy(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!jvm.isAlive()) {
                throw new AssertionError("carlot exited with " + jvm.exitValue() + ":\n" + logText());
            }
            if (health().filter(status -> status == 200).isPresent()) {
                return;
            }
            pause();
        }
        throw new AssertionError("carlot was not healthy within " + within.toSeconds() + " s:\n" + logText());
    }

    private Optional<Integer> health() {
        try {
            return Optional.of(http.get("/observe/health").status());
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** SIGKILL: no shutdown hook, no signal handler runs. */
    void kill9() {
        jvm.destroyForcibly();
        try {
            if (!jvm.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("carlot survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM and wait: the normal stop. */
    void stop() {
        jvm.destroy();
        try {
            if (!jvm.waitFor(60, TimeUnit.SECONDS)) {
                jvm.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
