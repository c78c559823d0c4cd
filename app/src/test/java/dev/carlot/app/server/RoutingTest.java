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

    @Test
    void aBodyFarAboveTheLimitIsCutWith413ProblemJson() {
        String huge = "{\"x\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}";
        var answer = http.send("POST", "/api/auth/login", Optional.of(huge));

        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("https://carlot.dev/problems/payload-too-large", answer.object().getString("type"));
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
