package dev.carlot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Carlot serving in a process of its own, on a free loopback port, with one plugin installed:
 * the real module layers, the real database, the real HTTP server. {@link #close} stops it the
 * way an operator does (SIGTERM) and removes what it made.
 */
public final class RunningCarlot implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(180);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SERVING = Pattern.compile("Carlot is serving http://[^:]+:(\\d+) ");

    private final Process process;
    private final URI uri;
    private final Path work;
    private final String backend;

    private RunningCarlot(Process process, URI uri, Path work, String backend) {
        this.process = process;
        this.uri = uri;
        this.work = work;
        this.backend = backend;
    }

    /** Where it serves, such as {@code http://127.0.0.1:41234/}. */
    public URI uri() {
        return uri;
    }

    /**
     * Sends {@code request}, whose URI is relative to {@link #uri()} (such as {@code api/cars}), and
     * gives the answer with its body as text.
     */
    public HttpResponse<String> send(HttpRequest.Builder request, String path) throws IOException, InterruptedException {
        return CLIENT.send(request.uri(uri.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code GET path}, with {@code Authorization: Bearer <token>} when a token is given. */
    public HttpResponse<String> get(String path, String... token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder().GET();
        if (token.length > 0) {
            request.header("Authorization", "Bearer " + token[0]);
        }
        return send(request, path);
    }

    /** {@code embedded} or {@code postgres}. */
    public String backend() {
        return backend;
    }

    /** Its log so far (stdout and stderr), for a failure message. */
    public String log() {
        return read(work.resolve("carlot.log"));
    }

    static RunningCarlot start(String plugin, String... flags) {
        Path modules = Path.of(Optional.ofNullable(System.getProperty("carlot.modules")).orElseThrow(() ->
                new IllegalStateException("set the system property carlot.modules to Carlot's module path"
                        + " (app/target/mods of a Carlot checkout, made by ./carlot build)")));
        Path source = Path.of(plugin);
        if (!Files.isRegularFile(source.resolve("plugin.properties"))) {
            throw new IllegalStateException(source.toAbsolutePath() + " is not a plugin folder: it has no plugin.properties");
        }
        try {
            Path work = Files.createTempDirectory("carlot-plugin-test");
            Path folder = Files.createDirectories(work.resolve("plugins").resolve(source.getFileName()));
            try (var files = Files.list(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, folder.resolve(file.getFileName()));
                }
            }
            String backend = selectedBackend();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-p", modules.toString(), "-m", "dev.carlot.app/dev.carlot.app.Main", "serve",
                    "--port=0", "--host=127.0.0.1", "--carlot.plugins.dir=" + work.resolve("plugins")));
            command.addAll(List.of(flags));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("carlot.log").toFile());
            Map<String, String> environment = builder.environment();
            environment.put("CARLOT_BACKEND", backend);
            if (backend.equals("embedded")) {
                environment.put("CARLOT_DATA_DIR", work.resolve("data").toString());
            }
            Process process = builder.start();
            return new RunningCarlot(process, awaitPort(process, work), work, backend);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Carlot", e);
        }
    }

    private static String selectedBackend() {
        return Optional.ofNullable(System.getProperty("carlot.test.backend")).map(b -> b.toLowerCase(Locale.ROOT))
                .orElse(System.getenv("DATABASE_URL") == null ? "embedded" : "postgres");
    }

    /** Reads the log until Carlot says where it serves; fails with the log when it stops first. */
    private static URI awaitPort(Process process, Path work) {
        Path log = work.resolve("carlot.log");
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher serving = SERVING.matcher(read(log));
            if (serving.find()) {
                return URI.create("http://127.0.0.1:" + serving.group(1) + "/");
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Carlot stopped with exit code " + process.exitValue()
                        + " before serving:\n" + read(log));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Carlot did not serve within " + START + ":\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Stops Carlot as SIGTERM does (requests in flight finish, the database closes) and removes its files. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(work)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }
}
