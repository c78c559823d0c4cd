package dev.carlot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.TestServer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access log and the metrics name routes by their template, never by the ids in a path.
 * The metrics registry is global to the JVM, so the metrics tests judge the change their own
 * requests make to a series, never its absolute value; and since the listeners run once the
 * answer is sent, just after the client may have it, they poll (with a bound) for that change.
 */
class RequestObserverTest {
    private static final Logger ACCESS = Logger.getLogger("carlot.access");
    private static final long HANG_NANOS = TimeUnit.SECONDS.toNanos(10);
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
        // DELETE is this test's own: no other request of this class can write the line awaited
        server.http().delete("/api/users/918273", "secret-token-918273");

        String line = await(() -> lines.stream().filter(l -> l.startsWith("DELETE /api/users/")).findFirst(),
                () -> "no access log line for DELETE /api/users/{id} in " + lines);
        assertTrue(line.matches("DELETE /api/users/\\{id} 401 \\d+ ms"), line);
        assertFalse(lines.stream().anyMatch(l -> l.contains("918273")), lines.toString());
    }

    @Test
    void metricsCountRequestsPerRouteTemplateAndShowThePool() {
        long before = count("GET", "/api/users/{id}", 401);

        server.http().get("/api/users/55501");
        server.http().get("/api/users/55502");

        assertEquals(before + 2, awaitCount("GET", "/api/users/{id}", 401, before + 2), "both requests, counted once");
        String metrics = metrics();
        assertFalse(metrics.contains("55501"), "no series per id");
        for (String gauge : List.of("active", "idle", "pending", "max")) {
            assertTrue(metrics.contains("carlot_db_pool_" + gauge + "{"), gauge);
        }
    }

    @Test
    void requestsNoRouteTookShareOneLabel() {
        long before = count("GET", "unmatched", 404);

        server.http().get("/wp-admin/setup.php");
        server.http().get("/cgi-bin/probe.sh");

        assertEquals(before + 2, awaitCount("GET", "unmatched", 404, before + 2));
        String metrics = metrics();
        assertFalse(metrics.contains("wp-admin"), "no series per unmatched path");
        assertFalse(metrics.contains("cgi-bin"), "no series per unmatched path");
    }

    @Test
    void aHeadOnAnObserveEndpointIsCountedAsAHeadAndMakesNoGetOfItsOwn() {
        long gets = count("GET", "/observe/health", 200);
        long heads = count("HEAD", "/observe/health", 200);

        assertEquals(200, server.http().send("HEAD", "/observe/health", Optional.empty()).status());
        awaitCount("HEAD", "/observe/health", 200, heads + 1);
        assertEquals(200, server.http().get("/observe/health").status());

        // a HEAD answered by asking this server for the GET would show here as a second GET
        assertEquals(gets + 1, awaitCount("GET", "/observe/health", 200, gets + 1));
    }

    private static String metrics() {
        var answer = server.http().get("/observe/metrics");
        assertEquals(200, answer.status(), answer.text());
        return answer.text();
    }

    /** The request count of one series in the Prometheus text; 0 while the series does not exist. */
    private static long count(String method, String route, int status) {
        return metrics().lines()
                .filter(l -> l.startsWith("carlot_http_requests_seconds_count{") && l.contains("method=\"" + method + "\"")
                        && l.contains("route=\"" + route + "\"") && l.contains("status=\"" + status + "\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static long awaitCount(String method, String route, int status, long atLeast) {
        return await(() -> Optional.of(count(method, route, status)).filter(n -> n >= atLeast),
                () -> method + " " + route + " " + status + " never reached " + atLeast + ":\n" + metrics());
    }

    /** Polls until {@code condition} holds; the bound only turns a listener that never runs into a clear failure. */
    private static <T> T await(Supplier<Optional<T>> condition, Supplier<String> failure) {
        long deadline = System.nanoTime() + HANG_NANOS;
        while (System.nanoTime() < deadline) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        throw new AssertionError(failure.get());
    }
}
