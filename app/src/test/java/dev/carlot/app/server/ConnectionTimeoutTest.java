package dev.carlot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.carlot.app.TestServer;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A connection that stops half way through its request, or sends nothing, is closed by the server. */
class ConnectionTimeoutTest {
    /** Far above the 1 s timeout below: only a server that never closes the connection reaches it. */
    private static final int BOUND_MILLIS = 30_000;
    private static TestServer server;

    @BeforeAll
    static void start() {
        // the HTTP/1 node set as well (to Helidon's default): it must configure the one protocol, not add another
        server = TestServer.start("--server.idle-connection-timeout=PT1S", "--server.idle-connection-period=PT1S",
                "--server.protocols.http_1_1.max-prologue-length=2048");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aHalfSentRequestLineIsClosed() throws IOException {
        assertClosedAfterSending("GET /api/ca");
    }

    @Test
    void aConnectionThatSendsNothingIsClosed() throws IOException {
        assertClosedAfterSending("");
    }

    @Test
    void aKeptAliveConnectionLeftIdleIsClosed() throws IOException {
        assertClosedAfterSending("GET /no/such/path HTTP/1.1\r\nHost: x\r\n\r\n");
    }

    private static void assertClosedAfterSending(String start) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server().port())) {
            socket.setSoTimeout(BOUND_MILLIS);
            socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            try {
                // an answer to a whole request may come first; then the end of the stream must
                byte[] buffer = new byte[8192];
                int n;
                do {
                    n = socket.getInputStream().read(buffer);
                } while (n > 0);
                assertEquals(-1, n);
            } catch (SocketTimeoutException e) {
                fail("the server kept the connection open for " + BOUND_MILLIS + " ms");
            } catch (SocketException reset) {
                // closed with a reset: closed all the same
            }
        }
    }
}
