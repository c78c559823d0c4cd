package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.carlot.app.Cli;
import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.backend.Backends;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request held inside a plugin's code (headers and half its body sent) while {@code carlot plugins
 * install} replaces the plugin, or {@code remove} takes it away: the new table serves new requests at
 * once, the held one finishes on the code it started on with a 2xx, that code is not stopped under
 * it (its stop hook has not run when it answers), and the command returns only once it has answered.
 * Nothing waits on the clock: every step waits for a state the server shows.
 */
class PluginInFlightSwapTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String BODY = "{\"held\":\"across the swap\"}";

    @TempDir
    Path plugins;
    @TempDir
    Path sources;

    private record Run(int code, String out, String err) {
    }

    private Run carlot(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of(args), Stream.of("--carlot.plugins.dir=" + plugins)).toArray(String[]::new);
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), Backends::discover).run(all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(what + " did not happen within " + BOUND);
            }
            Thread.sleep(20);
        }
    }

    /** What GET /api/hello answers now: the serving version's state, or empty when no hello is served. */
    private static JsonObject hello(Http http) {
        Http.Answer answer = http.get("/api/hello");
        return answer.status() == 200 ? answer.object() : Json.createObjectBuilder().add("status", answer.status()).build();
    }

    /** A POST to the echo route on a raw connection, stopped after its headers and half its body. */
    private static final class HeldRequest implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

        HeldRequest(URI base) throws IOException {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout((int) BOUND.toMillis());
            out = socket.getOutputStream();
            out.write(("POST /api/hello/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
        }

        /** Sends the rest of the body and reads the whole answer: its status and its JSON. */
        JsonObject finish() throws IOException {
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            // the answer's head, then as many bytes as it says: the test need not wait for the close
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the connection closed within the answer's head: " + head);
                }
                head.write(b);
            }
            String headers = head.toString(StandardCharsets.US_ASCII);
            int status = Integer.parseInt(headers.substring(headers.indexOf(' ') + 1, headers.indexOf(' ') + 4));
            Matcher length = Pattern.compile("(?i)\r\ncontent-length:\\s*(\\d+)")
                    .matcher(headers);
            String json = new String(length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes(),
                    StandardCharsets.UTF_8);
            return Json.createObjectBuilder(Json.createReader(new StringReader(json)).readObject())
                    .add("status", status).build();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void aRequestHeldAcrossAnUpgradeAndARemovalFinishesOnTheCodeItStartedOn() throws Exception {
        Path first = PluginFolders.plugin(sources.resolve("v1"), "hello", "1.0.0", "[1.0,2.0)",
                "plugin-fixture-hello.jar", "plugin-fixture-lib-one.jar");
        Path second = PluginFolders.plugin(sources.resolve("v2"), "hello", "1.1.0", "[1.0,2.0)",
                "plugin-fixture-hello.jar", "plugin-fixture-lib-two.jar");
        try (TestServer server = TestServer.start(PluginFolders.flags(plugins).toArray(String[]::new))) {
            Http http = server.http();
            URI base = http.uri("/");
            assertEquals(0, carlot("plugins", "install", first.toString()).code());
            assertEquals("1", hello(http).getString("lib"));

            // upgrade: 1.0.0 holds a request while 1.1.0 comes in
            try (HeldRequest held = new HeldRequest(base)) {
                await("the held request inside hello 1.0.0's handler", () -> hello(http).getInt("echoing") == 1);
                CompletableFuture<Run> upgrade = CompletableFuture.supplyAsync(
                        () -> carlot("plugins", "install", second.toString()));
                await("hello 1.1.0 serving new requests", () -> "2".equals(hello(http).getString("lib", "")));
                Http.Answer fresh = http.post("/api/hello/echo", Json.createObjectBuilder().add("after", "swap").build());
                assertEquals(200, fresh.status(), fresh.text());
                assertEquals("2", fresh.object().getString("lib"), "a request begun after the swap runs on the new code");
                // the swap drains the old table before it stops 1.0.0 and reports: the command is still waiting
                assertFalse(upgrade.isDone(), "the upgrade finished while a request still ran on the old version");

                JsonObject answer = held.finish();
                assertEquals(200, answer.getInt("status"), answer.toString());
                assertEquals("1", answer.getString("lib"), "the held request finished on the version it started on");
                assertEquals("true", answer.getString("started"), "1.0.0 was stopped before its request finished");
                assertEquals(BODY, answer.getString("body"));
                Run done = upgrade.get(BOUND.toSeconds(), TimeUnit.SECONDS);
                assertEquals(0, done.code(), done.err());
                assertTrue(done.out().startsWith("running hello 1.1.0"), done.out());
            }

            // removal: 1.1.0 holds a request while its routes go away
            try (HeldRequest held = new HeldRequest(base)) {
                await("the held request inside hello 1.1.0's handler", () -> hello(http).getInt("echoing", -1) == 1);
                CompletableFuture<Run> remove = CompletableFuture.supplyAsync(() -> carlot("plugins", "remove", "hello"));
                await("hello no longer served", () -> hello(http).getInt("status", 200) == 404);
                assertEquals(404, http.post("/api/hello/echo", Json.createObjectBuilder().build()).status());
                assertFalse(remove.isDone(), "the removal finished while a request still ran on the removed plugin");

                JsonObject answer = held.finish();
                assertEquals(200, answer.getInt("status"), answer.toString());
                assertEquals("2", answer.getString("lib"));
                assertEquals("true", answer.getString("started"), "1.1.0 was stopped before its request finished");
                Run done = remove.get(BOUND.toSeconds(), TimeUnit.SECONDS);
                assertEquals(0, done.code(), done.err());
                assertEquals("removed hello from the running server; its data is kept\n", done.out());
            }
        }
    }
}
