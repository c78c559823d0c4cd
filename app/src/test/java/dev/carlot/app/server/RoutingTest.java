package dev.carlot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every client sees of the routing: problem+json for anything that is not a served route. */
class RoutingTest {
    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUnknownPathIs404ProblemJson() {
        var answer = http.get("/no/such/thing");

        assertEquals(404, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(404, answer.object().getInt("status"));
        assertEquals("https://carlot.dev/problems/not-found", answer.object().getString("type"));
        assertTrue(answer.object().getString("detail").contains("/no/such/thing"));
    }

    @Test
    void aKnownPathWithAnotherMethodIs405WithAllow() {
        var answer = http.send("DELETE", "/openapi", Optional.empty());

        assertEquals(405, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("GET, HEAD", answer.header("Allow").orElseThrow());
        assertEquals("Method not allowed", answer.object().getString("title"));
    }

    /**
     * The server answers 413 and closes once it has seen the headers, usually while the client
     * is still writing the 3 MiB: the client's broken pipe is expected, and the answer is read
     * by a reader that runs alongside the writer. If the connection was reset before any of the
     * answer could be read, a fresh connection announcing the same length must get the 413.
     */
    @Test
    void aBodyFarAboveTheLimitIsCutWith413ProblemJson() throws Exception {
        byte[] huge = ("{\"x\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);
        String head = "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + huge.length + "\r\n\r\n";

        String raw = exchangeWhileWriting(head, huge).orElseGet(() -> exchangeWhileWriting(head, new byte[0])
                .orElseThrow(() -> new AssertionError("no answer to a body over the limit, twice")));

        assertTrue(raw.startsWith("HTTP/1.1 413"), raw);
        assertTrue(raw.toLowerCase().contains("content-type: application/problem+json"), raw);
        assertTrue(raw.contains("\"type\":\"https://carlot.dev/problems/payload-too-large\""), raw);
    }

    /** What arrived of the answer while {@code head} and {@code body} were written; empty if nothing did. */
    private Optional<String> exchangeWhileWriting(String head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", server.server().port())) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            Thread reader = Thread.ofPlatform().start(() -> readAnswer(socket, answer));
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                for (int at = 0; at < body.length; at += 64 * 1024) {
                    out.write(body, at, Math.min(64 * 1024, body.length - at));
                }
                out.flush();
            } catch (IOException closedWhileWriting) {
                // expected: the server stops reading a body it will not take
            }
            reader.join();
            String text;
            synchronized (answer) {
                text = answer.toString(StandardCharsets.UTF_8);
            }
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads until the problem's closing brace, the end of the stream or a reset, whichever comes first. */
    private static void readAnswer(Socket socket, ByteArrayOutputStream answer) {
        byte[] buffer = new byte[4096];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (answer) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                        return;
                    }
                }
            }
        } catch (IOException resetOrTimeout) {
            // what arrived before it is the answer; the caller judges it
        }
    }

    @Test
    void malformedHttpIs400ProblemJson() throws IOException {
        String raw = rawExchange("GET /openapi HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n");

        assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        assertTrue(raw.toLowerCase().contains("content-type: application/problem+json"), raw);
        assertTrue(raw.contains("\"status\":400"), raw);
        assertTrue(raw.toLowerCase().contains("x-content-type-options: nosniff"), raw);
    }

    @Test
    void anUnknownTokenLeavesTheRequestAnonymous() {
        var answer = http.get("/api/users/me", "not-a-token-anyone-issued");

        assertEquals(401, answer.status());
        assertEquals("Bearer", answer.header("WWW-Authenticate").orElseThrow());
    }

    @Test
    void theOpenApiDocumentIsServedAsJson() {
        var answer = http.get("/openapi");

        assertEquals(200, answer.status());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        assertEquals("3.1.0", answer.object().getString("openapi"));
    }

    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server().port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
