package dev.carlot.app.replica;

import static dev.carlot.testing.postgres.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.AppConfig;
import dev.carlot.app.CommandLine;
import dev.carlot.app.Http;
import dev.carlot.app.TestBackend;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.backend.Backends;
import dev.carlot.app.market.Market;
import dev.carlot.app.server.CarlotServer;
import dev.carlot.persistence.Persistence;
import dev.carlot.testing.postgres.StreamingReplication;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two Carlot servers on one primary and its streaming replica, as behind a load balancer: a
 * client that writes through one server reads its write through the other at once, even while
 * the replica's replay is paused, and anonymous reads meanwhile come from the (stale) replica.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaReadsApiTest {

    private StreamingReplication pair;
    private final List<Persistence> databases = new ArrayList<>();
    private final List<CarlotServer> servers = new ArrayList<>();
    private Http first;
    private Http second;

    @BeforeAll
    void startTwoServers() {
        Assumptions.assumeTrue(TestBackend.selected().equals("postgres"),
                "runs on a replicated pair of its own, whichever backend the run tests: once, in the postgres run");
        Assumptions.assumeTrue(StreamingReplication.available(), "no PostgreSQL binaries to build a replica with");
        pair = StreamingReplication.start();
        AppConfig config = AppConfig.load(CommandLine.parse(new String[] {"--port=0", "--host=127.0.0.1",
                "--bcrypt-cost=4", "--read-max-lag=PT10M"}), Map.of("CARLOT_BACKEND", "postgres",
                "DATABASE_URL", pair.primaryUrl(), "CARLOT_READ_URL", pair.replicaUrl()));
        for (int i = 0; i < 2; i++) {
            Persistence database = Backends.discover().open(config.database());
            databases.add(database);
            database.migrate();
            servers.add(CarlotServer.start(config, database));
        }
        first = http(servers.get(0));
        second = http(servers.get(1));
    }

    @AfterEach
    void replayAgain() {
        pair.resumeReplay();
    }

    @AfterAll
    void stopAll() {
        servers.forEach(CarlotServer::stop);
        databases.forEach(Persistence::close);
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void aClientReadsItsOwnWriteThroughTheOtherServerWhileTheReplicaIsPaused() {
        Account seller = Accounts.aSeller(first);
        caughtUp(Market.id(Market.expect(201, first.post("/api/cars", Market.aCarBody().build(), seller.token()))));
        pair.pauseReplay();

        long car = Market.id(Market.expect(201, first.post("/api/cars", Market.aCarBody().build(), seller.token())));

        assertEquals(200, second.get("/api/cars/" + car, seller.token()).status(), "the writer reads its write");
        assertEquals(404, second.get("/api/cars/" + car).status(), "anonymous reads come from the paused replica");
        pair.resumeReplay();
        await("the replica replays the car", () -> second.get("/api/cars/" + car).status() == 200);
    }

    @Test
    void healthShowsTheReplicaItsLagAndItsPool() {
        JsonObject data = databaseCheck(second.get("/observe/health").object()).getJsonObject("data");

        assertEquals("serving", data.getString("replicaState"), data.toString());
        assertEquals(Duration.ofMinutes(10).toMillis(), data.getJsonNumber("replicaMaxLagMillis").longValue());
        assertTrue(data.getJsonNumber("replicaLagMillis").longValue() >= 0, data.toString());
        assertTrue(data.getJsonNumber("replicaPoolMax").intValue() > 0, data.toString());
        assertTrue(data.containsKey("replicaLagBytes") && data.containsKey("replicaPoolActive"), data.toString());
    }

    private void caughtUp(long car) {
        await("the replica serves car " + car, () -> second.get("/api/cars/" + car).status() == 200
                && "serving".equals(databaseCheck(second.get("/observe/health").object()).getJsonObject("data")
                        .getString("replicaState", "")));
    }

    private static JsonObject databaseCheck(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
    }

    private static Http http(CarlotServer server) {
        return new Http(URI.create("http://127.0.0.1:" + server.port() + "/"));
    }
}
