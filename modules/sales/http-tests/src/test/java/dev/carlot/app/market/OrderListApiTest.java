package dev.carlot.app.market;

import static dev.carlot.app.market.Market.expect;
import static dev.carlot.app.market.Market.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET /api/orders over four orders, placed in this order:
 * <pre>
 *   o1  car of seller S   bought by U1      pending
 *   o2  car of seller S   bought by U2      confirmed
 *   o3  car of trader T   bought by U1      pending
 *   o4  car of seller S   bought by T       cancelled
 * </pre>
 * T is a seller who also buys.
 */
class OrderListApiTest {
    @RegisterExtension
    static final Market market = Market.onAFreshServer();

    private static Account s, t, u1, u2;
    private static long o1, o2, o3, o4;

    @BeforeAll
    static void orders() {
        s = market.aSeller();
        t = market.aSeller();
        u1 = market.aUser();
        u2 = market.aUser();
        o1 = id(market.placedOrder(u1, id(market.anAvailableCar(s))));
        o2 = id(market.placedOrder(u2, id(market.anAvailableCar(s))));
        market.movedOrder(s, o2, "confirmed");
        o3 = id(market.placedOrder(u1, id(market.anAvailableCar(t))));
        o4 = id(market.placedOrder(t, id(market.anAvailableCar(s))));
        market.movedOrder(t, o4, "cancelled");
    }

    @Test
    void buyersSeeTheOrdersTheyPlacedNewestFirst() {
        assertEquals(List.of(o3, o1), ids(u1, ""));
        assertEquals(List.of(o2), ids(u2, ""));
    }

    @Test
    void sellersSeeTheOrdersForTheirCars() {
        assertEquals(List.of(o4, o2, o1), ids(s, ""));
    }

    @Test
    void aSellerWhoAlsoBuysSeesBothSides() {
        assertEquals(List.of(o4, o3), ids(t, ""));
    }

    @Test
    void anAdminSeesEveryOrder() {
        assertEquals(List.of(o4, o3, o2, o1), ids(market.anAdmin(), ""));
    }

    @Test
    void someoneWithoutOrdersSeesNone() {
        assertEquals(0, page(market.aUser(), "").getInt("total"));
    }

    @Test
    void theStatusFilterNarrowsWhatTheCallerMaySee() {
        Account admin = market.anAdmin();

        assertEquals(List.of(o3, o1), ids(admin, "status=pending"));
        assertEquals(List.of(o2), ids(s, "status=confirmed"));
        assertEquals(List.of(o4), ids(t, "status=cancelled"));
        assertEquals(List.of(), ids(u1, "status=completed"));
    }

    @Test
    void pagesKeepTheExactTotal() {
        Account admin = market.anAdmin();
        JsonObject first = page(admin, "limit=3");
        JsonObject rest = page(admin, "limit=3&offset=3");

        assertEquals(List.of(o4, o3, o2), ids(first));
        assertEquals(List.of(o1), ids(rest));
        assertEquals(List.of(4, 4), List.of(first.getInt("total"), rest.getInt("total")));
        JsonObject sellers = page(s, "limit=1");
        assertEquals(List.of(o4), ids(sellers));
        assertEquals(3, sellers.getInt("total"));
    }

    @Test
    void badParametersAreRefused() {
        String token = u1.token();

        assertEquals(400, market.http().get("/api/orders?status=shipped", token).status());
        assertEquals(400, market.http().get("/api/orders?limit=101", token).status());
        assertEquals(400, market.http().get("/api/orders?offset=-1", token).status());
    }

    @Test
    void listingNeedsAToken() {
        assertEquals(401, market.http().get("/api/orders").status());
    }

    private static JsonObject page(Account who, String query) {
        return expect(200, market.http().get("/api/orders?" + query, who.token()));
    }

    private static List<Long> ids(Account who, String query) {
        return ids(page(who, query));
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(Market::id).toList();
    }
}
