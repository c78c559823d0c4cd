package dev.carlot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.TestServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The access log and the metrics name routes by their template, never by the ids in a path. */
class RequestObserverTest {
    private static final Logger ACCESS = Logger.getLogger("carlot.access");
    private static final List<String> lines = new CopyOnWriteArrayList<>();
    private static final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        ACCESS.addHandler(capture);
    }

    @AfterAll
    static void stop() {
        ACCESS.removeHandler(capture);
        server.close();
    }

    @Test
    void theAccessLogHasMethodTemplateStatusAndMillisButNoToken() {
        server.http().get("/api/users/918273", "secret-token-918273");

        // the line is written once the answer is sent, which may be just after the client has it
        String line = awaitLine("/api/users/{id}");
        assertTrue(line.matches("GET /api/users/\\{id} 401 \\d+ ms"), line);
        assertFalse(lines.stream().anyMatch(l -> l.contains("918273")), lines.toString());
    }

    @Test
    void metricsCountRequestsPerRouteTemplateAndShowThePool() {
        server.http().get("/api/users/55501");
        server.http().get("/api/users/55502");
        awaitLine("/api/users/{id} 401");

        String metrics = server.http().get("/observe/metrics").text();

        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("carlot_http_requests_seconds_count{")
                && l.contains("route=\"/api/users/{id}\"") && l.contains("status=\"401\"")), metrics);
        assertFalse(metrics.contains("55501"), "no series per id");
        for (String gauge : List.of("active", "idle", "pending", "max")) {
            assertTrue(metrics.contains("carlot_db_pool_" + gauge + "{"), gauge);
        }
    }

    @Test
    void requestsNoRouteTookShareOneLabel() {
        server.http().get("/wp-admin/setup.php");
        awaitLine("GET unmatched 404");

        String metrics = server.http().get("/observe/metrics").text();

        assertFalse(metrics.contains("wp-admin"));
        assertTrue(metrics.contains("route=\"unmatched\""));
    }

    private static String awaitLine(String part) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                if (line.contains(part)) {
                    return line;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no access log line with " + part + " in " + lines);
    }
}
