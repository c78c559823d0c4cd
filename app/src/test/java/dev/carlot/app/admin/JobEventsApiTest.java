package dev.carlot.app.admin;

import static dev.carlot.app.market.Market.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.market.Market;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A background job's events reach the database's audit log too, as Carlot's own ("local", no actor). */
class JobEventsApiTest {
    private static final Duration BOUND = Duration.ofSeconds(60);

    @RegisterExtension
    static final Market market = Market.onAFreshServer("--carlot.sales.pending-order-ttl=PT1S",
            "--carlot.sales.expiry-period=PT0.2S");

    @Test
    void anExpiredOrderIsKeptOnceInTheAuditLog() throws InterruptedException {
        Account admin = market.anAdmin();
        long order = id(market.placedOrder(market.aUser(), id(market.anAvailableCar(market.aSeller()))));

        List<JsonObject> kept = List.of();
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (kept.isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail("order " + order + " not in the audit log within " + BOUND);
            }
            Thread.sleep(100);
            kept = market.http().get("/api/admin/audit?event=order.expired&limit=100", admin.token()).object()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getJsonNumber("target").longValueExact() == order).toList();
        }

        assertEquals(1, kept.size(), kept.toString());
        assertEquals("local", kept.getFirst().getString("client"));
        assertEquals(false, kept.getFirst().containsKey("actor"));
    }
}
