package dev.carlot.app.market;

import static dev.carlot.app.market.Market.expect;
import static dev.carlot.app.market.Market.id;
import static dev.carlot.app.market.Market.invalidFields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PATCH /api/orders/{id}: each transition of api.md, who may make it, and where it leaves the car. */
class OrderLifecycleApiTest {
    @RegisterExtension
    static final Market market = Market.onAFreshServer();

    private Account seller;
    private Account buyer;
    private long car;
    private long order;

    @BeforeEach
    void aPendingOrder() {
        seller = market.aSeller();
        buyer = market.aUser();
        car = id(market.anAvailableCar(seller));
        order = id(market.placedOrder(buyer, car));
    }

    @Test
    void theSellerConfirmsThenCompletesAndTheCarIsSold() {
        assertEquals("confirmed", market.movedOrder(seller, order, "confirmed").getString("status"));
        assertEquals("reserved", market.statusOfCar(car));

        assertEquals("completed", market.movedOrder(seller, order, "completed").getString("status"));
        assertEquals("sold", market.statusOfCar(car));
        assertEquals("completed", market.orderSeenBy(buyer, order).getString("status"));
    }

    @Test
    void anAdminConfirmsAndCompletesAnyOrder() {
        Account admin = market.anAdmin();

        market.movedOrder(admin, order, "confirmed");
        market.movedOrder(admin, order, "completed");

        assertEquals("sold", market.statusOfCar(car));
    }

    @Test
    void theBuyerCancelsAPendingOrderAndTheCarIsAvailableAgain() {
        assertEquals("cancelled", market.movedOrder(buyer, order, "cancelled").getString("status"));
        assertEquals("available", market.statusOfCar(car));

        market.placedOrder(market.aUser(), car);
        assertEquals("reserved", market.statusOfCar(car));
    }

    @Test
    void aConfirmedOrderIsCancelledByEitherPartyOrAnAdmin() {
        for (Account who : List.of(buyer, seller, market.anAdmin())) {
            long next = who == buyer ? order : id(market.placedOrder(market.aUser(), car));
            market.movedOrder(seller, next, "confirmed");

            assertEquals("cancelled", market.movedOrder(who, next, "cancelled").getString("status"));
            assertEquals("available", market.statusOfCar(car));
        }
    }

    @Test
    void theBuyerMayNotConfirmOrComplete() {
        assertEquals(403, market.moveOrder(buyer, order, "confirmed").status());
        market.movedOrder(seller, order, "confirmed");
        assertEquals(403, market.moveOrder(buyer, order, "completed").status());

        assertEquals("confirmed", market.orderSeenBy(buyer, order).getString("status"));
        assertEquals("reserved", market.statusOfCar(car));
    }

    @Test
    void movesNotInTheTableConflict() {
        assertEquals(409, market.moveOrder(seller, order, "completed").status());
        assertEquals(409, market.moveOrder(seller, order, "pending").status());
        market.movedOrder(seller, order, "confirmed");
        assertEquals(409, market.moveOrder(seller, order, "confirmed").status());
        assertEquals(409, market.moveOrder(seller, order, "pending").status());
        assertEquals("reserved", market.statusOfCar(car));
    }

    @Test
    void finishedOrdersNeverMoveAgain() {
        market.movedOrder(buyer, order, "cancelled");
        for (String status : List.of("pending", "confirmed", "completed", "cancelled")) {
            assertEquals(409, market.moveOrder(market.anAdmin(), order, status).status(), status);
        }
        assertEquals("available", market.statusOfCar(car));

        long sale = id(market.placedOrder(buyer, car));
        market.movedOrder(seller, sale, "confirmed");
        market.movedOrder(seller, sale, "completed");
        assertEquals(409, market.moveOrder(buyer, sale, "cancelled").status());
        assertEquals(409, market.moveOrder(seller, sale, "cancelled").status());
        assertEquals("sold", market.statusOfCar(car));
    }

    @Test
    void toAStrangerTheOrderDoesNotExist() {
        assertEquals(404, market.moveOrder(market.aUser(), order, "cancelled").status());
        assertEquals(404, market.moveOrder(market.aSeller(), order, "confirmed").status());
        assertEquals(404, market.moveOrder(buyer, 999999, "cancelled").status());
        JsonObject cancel = Json.createObjectBuilder().add("status", "cancelled").build();
        assertEquals(404, market.http().patch("/api/orders/x", cancel, buyer.token()).status());
        assertEquals(401, market.http().patch("/api/orders/" + order, cancel).status());
        assertEquals("reserved", market.statusOfCar(car));
    }

    @Test
    void theStatusMustBeAKnownWord() {
        assertEquals(List.of("status"), invalidFields(market.moveOrder(seller, order, "shipped")));
        assertEquals(List.of("status"), invalidFields(market.http().patch("/api/orders/" + order,
                Json.createObjectBuilder().build(), seller.token())));
        assertEquals(List.of("status"), invalidFields(market.http().patch("/api/orders/" + order,
                Json.createObjectBuilder().add("status", 2).build(), seller.token())));
    }

    @Test
    void eachMoveKeepsTheRestOfTheOrder() {
        JsonObject before = market.orderSeenBy(buyer, order);

        JsonObject after = market.movedOrder(seller, order, "confirmed");

        for (String field : List.of("id", "carId", "buyerId", "sellerId", "price", "createdAt")) {
            assertEquals(before.get(field), after.get(field), field);
        }
    }
}
