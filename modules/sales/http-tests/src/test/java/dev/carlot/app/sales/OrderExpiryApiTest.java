package dev.carlot.app.sales;

import static dev.carlot.app.market.Market.id;
import static dev.carlot.testing.postgres.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.AuditLines;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.market.Market;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pending order older than {@code carlot.sales.pending-order-ttl} is cancelled by the server's
 * own background job and its car is available again. The TTL here is seconds, the job runs five
 * times a second; the tests wait for the outcome, within a bound, rather than for a time.
 */
class OrderExpiryApiTest {
    @RegisterExtension
    static final Market market = Market.onAFreshServer("--carlot.sales.pending-order-ttl=PT3S",
            "--carlot.sales.expiry-period=PT0.2S");

    private static String statusOfOrder(Account who, long order) {
        return market.orderSeenBy(who, order).getString("status");
    }

    @Test
    void anUnconfirmedOrderIsCancelledItsCarFreedAndTheAuditSaysSoOnce() throws InterruptedException {
        Account buyer = market.aUser();
        long car = id(market.anAvailableCar(market.aSeller()));
        try (AuditLines audit = AuditLines.capture()) {
            long order = id(market.placedOrder(buyer, car));

            await("order " + order + " cancelled", () -> statusOfOrder(buyer, order).equals("cancelled"));

            assertEquals("available", market.statusOfCar(car));
            List<String> lines = audit.of("order.expired").stream()
                    .filter(line -> line.contains(" target=" + order + " ")).toList();
            assertEquals(1, lines.size(), audit.of("order.expired").toString());
            assertEquals(true, lines.getFirst().contains("car=" + car), lines.getFirst());
        }
        market.placedOrder(market.aUser(), car);
    }

    @Test
    void aConfirmedOrderDoesNotExpire() throws InterruptedException {
        Account seller = market.aSeller();
        Account buyer = market.aUser();
        long bought = id(market.anAvailableCar(seller));
        long confirmed = id(market.placedOrder(buyer, bought));
        market.movedOrder(seller, confirmed, "confirmed");
        // placed after the confirmed one: once it has expired, the confirmed one is older than the TTL
        long later = id(market.placedOrder(buyer, id(market.anAvailableCar(seller))));

        await("order " + later + " cancelled", () -> statusOfOrder(buyer, later).equals("cancelled"));

        assertEquals("confirmed", statusOfOrder(buyer, confirmed));
        assertEquals("reserved", market.statusOfCar(bought));
    }
}
