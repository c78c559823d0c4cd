package dev.carlot.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 of the primary under a steady write load through HAProxy, then the failover an operator
 * (or Patroni) does: promote the synchronous standby, point PgBouncer at it. Runs after the tests
 * that need the cluster whole.
 */
@Order(3)
@Timeout(600)
@ExtendWith(SharedCluster.class)
class FailoverTest {
    /** How long the Carlot servers may take to serve again once the write address moved. */
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private final Cluster cluster;

    FailoverTest(Cluster cluster) {
        this.cluster = cluster;
    }

    @Test
    void aKilledPrimaryLosesNoAcknowledgedWriteAndTheServersServeAgainWithinTenSeconds() throws Exception {
        Load load = Load.start(cluster.front(), 4, Set.of());
        try (load) {
            load.awaitAcknowledged(20, Duration.ofSeconds(60));
            cluster.kill9("primary");
            cluster.failover();
            long pointed = System.nanoTime();
            awaitHealthy(cluster.servers(), RECOVERY);
            // a figure for docs/scaling.md, not an assertion
            System.out.printf("FailoverTest: every server healthy %d ms after PgBouncer pointed at the new primary%n",
                    Duration.ofNanos(System.nanoTime() - pointed).toMillis());
            load.awaitAcknowledged(load.acknowledged.size() + 20, Duration.ofSeconds(60));
        }
        System.out.println("FailoverTest: " + load);
        assertEquals(List.of(), load.wrongAnswers, load::toString);
        assertTrue(load.statuses.containsKey(503), () -> "the load never saw the primary gone: " + load);
        assertEquals(List.of(), load.missingFrom(cars(cluster)), "acknowledged but not on the new primary");
    }

    /** Polls every server's health until each answers 200; fails once {@code within} has passed. */
    static void awaitHealthy(List<Api> servers, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        for (Api server : servers) {
            while (!healthy(server)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(server.base() + " was not healthy within " + within.toSeconds() + " s");
                }
                Load.pause();
            }
        }
    }

    private static boolean healthy(Api server) {
        try {
            return server.get("/observe/health", Optional.empty()).status() == 200;
        } catch (Api.Unanswered e) {
            return false;
        }
    }

    /** The ids of every car on the server that takes writes now. */
    static Set<Long> cars(Cluster cluster) throws Exception {
        Set<Long> ids = new HashSet<>();
        try (Connection primary = cluster.primary(); ResultSet rows = primary.createStatement().executeQuery("select id from cars")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
