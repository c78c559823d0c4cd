package dev.carlot.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** kill -9 of one Carlot server under a steady write load through HAProxy. */
@Order(4)
@Timeout(600)
@ExtendWith(SharedCluster.class)
class ServerKillTest {
    private final Cluster cluster;

    ServerKillTest(Cluster cluster) {
        this.cluster = cluster;
    }

    @Test
    void haproxyRoutesAroundAKilledServerAndNoAcknowledgedWriteIsLost() throws Exception {
        // a request the killed server had taken: HAProxy answers 502, or closes the connection unanswered
        Load load = Load.start(cluster.front(), 4, Set.of(502, Load.LOST));
        try (load) {
            load.awaitAcknowledged(20, Duration.ofSeconds(60));
            cluster.kill9("carlot-2");
            load.awaitAcknowledged(load.acknowledged.size() + 40, Duration.ofSeconds(60));
        }
        System.out.println("ServerKillTest: " + load);
        assertEquals(List.of(), load.wrongAnswers, load::toString);
        assertEquals(List.of(), load.missingFrom(FailoverTest.cars(cluster)), "acknowledged but not stored");
    }
}
