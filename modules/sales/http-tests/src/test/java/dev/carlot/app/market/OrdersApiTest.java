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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/orders and GET /api/orders/{id}: placing an order reserves the car; only parties see it. */
class OrdersApiTest {
    @RegisterExtension
    static final Market market = Market.onAFreshServer();


    @Test
    void aBuyerOrdersAnAvailableCarWhichBecomesReserved() {
        Account seller = market.aSeller();
        Account buyer = market.aUser();
        JsonObject car = market.anAvailableCar(seller);

        Http.Answer answer = market.order(buyer, id(car));

        JsonObject order = expect(201, answer);
        assertEquals(Set.of("id", "carId", "buyerId", "sellerId", "price", "status", "createdAt", "updatedAt"),
                order.keySet());
        assertEquals(List.of(id(car), buyer.id(), seller.id()), List.of(order.getJsonNumber("carId").longValueExact(),
                order.getJsonNumber("buyerId").longValueExact(), order.getJsonNumber("sellerId").longValueExact()));
        assertEquals("pending", order.getString("status"));
        assertEquals(car.getJsonNumber("price"), order.getJsonNumber("price"));
        assertEquals("/api/orders/" + id(order), answer.header("Location").orElseThrow());
        assertEquals("reserved", market.statusOfCar(id(car)));
    }

    @Test
    void theOrderKeepsThePriceOfTheMomentItWasPlaced() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);
        JsonObject order = market.placedOrder(market.aUser(), id(car));

        expect(200, market.http().patch("/api/cars/" + id(car), Json.createObjectBuilder().add("price", 99999).build(),
                seller.token()));

        assertEquals(car.getJsonNumber("price"), market.orderSeenBy(seller, id(order)).getJsonNumber("price"));
    }

    @Test
    void sellersAndAdminsMayBuyToo() {
        market.placedOrder(market.aSeller(), id(market.anAvailableCar(market.aSeller())));
        market.placedOrder(market.anAdmin(), id(market.anAvailableCar(market.aSeller())));
    }

    @Test
    void orderingNeedsAToken() {
        JsonObject car = market.anAvailableCar(market.aSeller());

        JsonObject body = Json.createObjectBuilder().add("carId", id(car)).build();

        assertEquals(401, market.http().post("/api/orders", body).status());
        assertEquals("available", market.statusOfCar(id(car)));
    }

    @Test
    void theSellerCannotOrderTheirOwnCar() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);

        assertEquals(403, market.order(seller, id(car)).status());
        assertEquals("available", market.statusOfCar(id(car)));
    }

    @Test
    void anUnknownCarIsNotFound() {
        assertEquals(404, market.order(market.aUser(), 999999).status());
    }

    @Test
    void carIdMustBeAPositiveWholeNumber() {
        String token = market.aUser().token();

        assertEquals(List.of("carId"), invalidFields(market.http().post("/api/orders",
                Json.createObjectBuilder().build(), token)));
        assertEquals(List.of("carId"), invalidFields(market.http().post("/api/orders",
                Json.createObjectBuilder().add("carId", "12").build(), token)));
        assertEquals(List.of("carId"), invalidFields(market.http().post("/api/orders",
                Json.createObjectBuilder().add("carId", 1.5).build(), token)));
        assertEquals(List.of("carId"), invalidFields(market.http().post("/api/orders",
                Json.createObjectBuilder().add("carId", 0).build(), token)));
        assertEquals(List.of("note"), invalidFields(market.http().post("/api/orders",
                Json.createObjectBuilder().add("carId", 1).add("note", "hi").build(), token)));
    }

    @Test
    void onlyAnAvailableCarCanBeOrdered() {
        Account seller = market.aSeller();
        JsonObject reserved = market.anAvailableCar(seller);
        market.placedOrder(market.aUser(), id(reserved));
        JsonObject archived = market.anAvailableCar(seller);
        market.archived(seller, id(archived));
        JsonObject sold = market.anAvailableCar(seller);
        long sale = id(market.placedOrder(market.aUser(), id(sold)));
        market.movedOrder(seller, sale, "confirmed");
        market.movedOrder(seller, sale, "completed");

        for (JsonObject car : List.of(reserved, archived, sold)) {
            assertEquals(409, market.order(market.aUser(), id(car)).status(), car.toString());
        }
    }

    @Test
    void theBuyerTheSellerAndAnAdminSeeAnOrder() {
        Account seller = market.aSeller();
        Account buyer = market.aUser();
        JsonObject order = market.placedOrder(buyer, id(market.anAvailableCar(seller)));

        for (Account party : List.of(buyer, seller, market.anAdmin())) {
            assertEquals(order, expect(200, market.http().get("/api/orders/" + id(order), party.token())));
        }
    }

    @Test
    void toAnyoneElseTheOrderDoesNotExist() {
        JsonObject order = market.placedOrder(market.aUser(), id(market.anAvailableCar(market.aSeller())));
        String stranger = market.aSeller().token();

        assertEquals(404, market.http().get("/api/orders/" + id(order), stranger).status());
        assertEquals(404, market.http().get("/api/orders/999999", stranger).status());
        assertEquals(404, market.http().get("/api/orders/abc", stranger).status());
        assertEquals(401, market.http().get("/api/orders/" + id(order)).status());
    }
}
