package dev.carlot.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every Carlot server reaches PostgreSQL through PgBouncer in transaction mode (1.18, which cannot
 * follow named prepared statements from one server connection to the next).
 */
@Order(2)
@Timeout(600)
@ExtendWith(SharedCluster.class)
class PgBouncerTest {
    private final Cluster cluster;

    PgBouncerTest(Cluster cluster) {
        this.cluster = cluster;
    }

    @Test
    void everyServerWorksThroughTheTransactionPoolAndHoldsNoBackendOfItsOwn() throws Exception {
        List<String> wrong = new CopyOnWriteArrayList<>();
        List<Thread> clients = new ArrayList<>();
        // the same statements far more often than the driver's default prepareThreshold (5), on
        // more clients at once than PgBouncer has server connections to share out
        for (Api server : cluster.servers()) {
            for (int c = 0; c < 3; c++) {
                clients.add(Thread.ofPlatform().start(() -> {
                    String seller = server.register("seller");
                    for (int i = 0; i < 15; i++) {
                        Api.Answer added = server.postCar(seller);
                        Api.Answer read = server.get("/api/cars/" + added.id(), Optional.empty());
                        Api.Answer page = server.get("/api/cars?brand=Volvo&limit=5", Optional.empty());
                        for (Api.Answer answer : List.of(added, read, page)) {
                            if (answer.status() >= 300) {
                                wrong.add(answer.toString());
                            }
                        }
                    }
                }));
            }
        }
        for (Thread client : clients) {
            client.join();
        }
        assertEquals(List.of(), wrong);

        List<Map<String, String>> pools = cluster.pgbouncer("show pools");
        assertEquals("transaction", poolMode(pools, "carlot_app"));
        assertEquals("session", poolMode(pools, "carlot_owner"));
        Set<String> pgbouncerBackends = new HashSet<>();
        cluster.pgbouncer("show servers").forEach(server -> pgbouncerBackends.add(server.get("remote_pid")));
        List<String> appBackends = new ArrayList<>();
        try (Connection primary = cluster.primary(); ResultSet rows = primary.createStatement()
                .executeQuery("select pid from pg_stat_activity where usename = 'carlot_app'")) {
            while (rows.next()) {
                appBackends.add(rows.getString(1));
            }
        }
        assertFalse(appBackends.isEmpty());
        assertTrue(pgbouncerBackends.containsAll(appBackends),
                "backends of carlot_app not opened by PgBouncer: " + appBackends + " vs " + pgbouncerBackends);
        // three servers' pools (16 connections each) share PgBouncer's 20 server connections
        assertTrue(appBackends.size() <= 20, appBackends::toString);
    }

    @Test
    void namedPreparedStatementsBreakThroughTheTransactionPoolAndPrepareThresholdZeroAvoidsThem() throws Exception {
        assertEquals(Optional.of("26000 or 42P05"), alternate("prepareThreshold=5").map(state ->
                state.equals("26000") || state.equals("42P05") ? "26000 or 42P05" : state));
        assertEquals(Optional.empty(), alternate("prepareThreshold=0"));
    }

    /**
     * Two connections take turns running one statement 100 times each; past the driver's threshold
     * it names the statement on whichever server connection PgBouncer lent. Answers the SQL state of
     * the first failure.
     */
    private Optional<String> alternate(String parameters) throws SQLException {
        try (Connection a = cluster.throughPgBouncer(parameters); Connection b = cluster.throughPgBouncer(parameters)) {
            for (int i = 0; i < 100; i++) {
                for (Connection connection : List.of(a, b)) {
                    try (PreparedStatement statement = connection.prepareStatement("select count(*) from cars where id > ?")) {
                        statement.setLong(1, i);
                        statement.executeQuery().close();
                    } catch (SQLException e) {
                        return Optional.of(e.getSQLState());
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static String poolMode(List<Map<String, String>> pools, String user) {
        return pools.stream().filter(pool -> pool.get("user").equals(user) && pool.get("database").equals("carlot"))
                .map(pool -> pool.get("pool_mode")).findFirst()
                .orElseThrow(() -> new AssertionError("PgBouncer has no pool for " + user + ": " + pools));
    }
}
