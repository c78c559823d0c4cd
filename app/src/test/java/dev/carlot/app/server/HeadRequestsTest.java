package dev.carlot.app.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.ServerPerClass;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HEAD answers as GET does, without a body. Read off the socket: the HTTP client would hide a
 * body sent after a HEAD's headers, which is the very fault that breaks the next keep-alive answer.
 */
class HeadRequestsTest {
    @RegisterExtension
    static final ServerPerClass carlot = new ServerPerClass();

    @ParameterizedTest
    @ValueSource(strings = {"/api/cars", "/api/cars/999999", "/observe/health", "/observe/metrics", "/openapi"})
    void headHasTheStatusAndHeadersOfGetAndNoBody(String path) throws IOException {
        var get = carlot.server().http().get(path);

        String head = headThenNotFound("HEAD " + path);

        assertTrue(head.startsWith("HTTP/1.1 " + get.status()), head);
        String headers = head.toLowerCase(Locale.ROOT);
        assertTrue(headers.contains("content-type: " + get.contentType().toLowerCase(Locale.ROOT)), head);
        assertTrue(headers.contains("x-content-type-options: nosniff"), head);
        if (!path.equals("/observe/metrics")) {
            // the metrics change between the two requests; everything else is the same document
            assertTrue(headers.contains("content-length: " + get.text().getBytes(StandardCharsets.UTF_8).length),
                    head + "\nGET had " + get.text().getBytes(StandardCharsets.UTF_8).length + " bytes");
        }
    }

    @Test
    void headOnAPathWithoutGetIs405WithAllow() throws IOException {
        String head = headThenNotFound("HEAD /api/auth/login");

        assertTrue(head.startsWith("HTTP/1.1 405"), head);
        assertTrue(head.toLowerCase(Locale.ROOT).contains("allow: post"), head);
    }

    /**
     * Sends {@code HEAD} and then, on the same connection, a request for a path that does not exist;
     * returns the HEAD's answer after asserting that the 404 follows its headers at once, which it
     * does only when the HEAD's answer had no body.
     */
    private static String headThenNotFound(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", carlot.server().server().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /no/such/path HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!received.toString(StandardCharsets.UTF_8).contains("\"status\":404")) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                received.write(buffer, 0, n);
            }
            String both = received.toString(StandardCharsets.UTF_8);
            int end = both.indexOf("\r\n\r\n");
            assertTrue(end > 0, both);
            assertTrue(both.startsWith("HTTP/1.1 404", end + 4), "the HEAD's answer has no body: " + both);
            return both.substring(0, end);
        }
    }
}
