package dev.carlot.app.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;


import dev.carlot.app.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request that stops after its request line, in its headers or in its body, is closed by the
 * server; one that keeps coming within the deadline is served. The idle check is left at its
 * 30 s default, so only the deadlines can close these within the bound.
 */
class RequestDeadlinesTest {
    /** Far above the 2 s deadlines below, and below the 30 s idle timeout. */
    private static final int BOUND_MILLIS = 25_000;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start("--carlot.server.request-head-timeout=PT2S",
                "--carlot.server.request-body-timeout=PT2S");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRequestThatStallsInItsHeadersIsClosed() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /api/cars HTTP/1.1\r\nHost: x\r\n");
            String answer = readToEnd(socket);
            assertTrue(answer.isEmpty(), "no answer to a request without its headers: " + answer);
        }
    }

    @Test
    void aRequestThatStallsInItsBodyIsClosed() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"email\":");
            String answer = readToEnd(socket);
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408"), "closed, or 408: " + answer);
        }
    }

    @Test
    void aRequestWhoseHeadersKeepComingWithinTheDeadlineIsServed() throws IOException, InterruptedException {
        try (Socket socket = connect()) {
            send(socket, "GET /api/cars/999999 HTTP/1.1\r\n");
            for (String header : new String[] {"Host: x\r\n", "Accept: application/json\r\n", "X-Slow: 1\r\n"}) {
                // the client's own pace: a header every 200 ms, 600 ms in all against a 2 s deadline
                Thread.sleep(200);
                send(socket, header);
            }
            send(socket, "Connection: close\r\n\r\n");
            String answer = readUntil(socket, "\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
        }
    }

    @Test
    void aBodyThatKeepsComingWithinTheDeadlineIsAnswered() throws IOException, InterruptedException {
        String body = "{\"email\":\"nobody@example.com\",\"password\":\"not-the-password\"}";
        try (Socket socket = connect()) {
            send(socket, "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Connection: close\r\nContent-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 10));
            // the client's own pace: the rest 200 ms later, against a 2 s deadline
            Thread.sleep(200);
            send(socket, body.substring(10));
            String answer = readUntil(socket, "\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.server().port());
        socket.setSoTimeout(BOUND_MILLIS);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** What the server sent before it closed the connection; fails if it keeps it open. */
    private static String readToEnd(Socket socket) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                seen.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            fail("the server kept the connection open for " + BOUND_MILLIS + " ms");
        } catch (SocketException reset) {
            // closed with a reset: closed all the same
        }
        return seen.toString(StandardCharsets.US_ASCII);
    }

    private static String readUntil(Socket socket, String end) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!seen.toString(StandardCharsets.US_ASCII).contains(end)) {
            int n = socket.getInputStream().read(buffer);
            if (n < 0) {
                break;
            }
            seen.write(buffer, 0, n);
        }
        return seen.toString(StandardCharsets.US_ASCII);
    }
}
