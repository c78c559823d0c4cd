package dev.carlot.app.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.TestBackend;
import dev.carlot.app.TestServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthIsUpWithTheDatabaseCheckAndItsData() {
        var answer = server.http().get("/observe/health");

        assertEquals(200, answer.status());
        assertEquals("UP", answer.object().getString("status"));
        JsonObject data = databaseCheck(answer.object()).getJsonObject("data");
        assertEquals(TestBackend.selected(), data.getString("backend"));
        assertTrue(data.getString("version").startsWith("PostgreSQL "), data.toString());
        for (String number : new String[] {"poolActive", "poolIdle", "poolTotal", "poolWaiting", "poolMax"}) {
            assertTrue(data.getJsonNumber(number).intValue() >= 0, number);
        }
        assertTrue(data.getInt("poolMax") >= data.getInt("poolTotal"), data.toString());
    }

    static JsonObject databaseCheck(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
    }
}
