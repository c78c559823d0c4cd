package dev.carlot.app.market;

import static dev.carlot.app.market.Market.aCarBody;
import static dev.carlot.app.market.Market.expect;
import static dev.carlot.app.market.Market.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DELETE /api/cars/{id} deletes the listing softly: the car is gone from every list, total and
 * action, while the orders that name it stay readable.
 */
class DeletedCarApiTest {

    @RegisterExtension
    static final Market market = Market.onAFreshServer();

    private static Http http() {
        return market.http();
    }

    private static void deleted(Account who, JsonObject car) {
        Http.Answer answer = http().delete("/api/cars/" + id(car), who.token());
        assertEquals(204, answer.status(), answer.text());
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(Market::id).toList();
    }

    private static JsonObject page(String query, String... token) {
        return expect(200, http().get("/api/cars?" + query, token));
    }

    @Test
    void aCarWhoseOnlyOrderWasCancelledIsDeletedAndTheOrderStays() {
        Account seller = market.aSeller();
        Account buyer = market.aUser();
        JsonObject car = market.anAvailableCar(seller);
        long order = id(market.placedOrder(buyer, id(car)));
        market.movedOrder(buyer, order, "cancelled");

        deleted(seller, car);

        assertEquals(404, http().get("/api/cars/" + id(car)).status());
        JsonObject kept = market.orderSeenBy(buyer, order);
        assertEquals(id(car), kept.getJsonNumber("carId").longValueExact());
        assertEquals("cancelled", kept.getString("status"));
        assertEquals(kept, market.orderSeenBy(seller, order));
    }

    @Test
    void aSoldCarIsDeletedWithItsSaleOnRecord() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);
        long order = id(market.placedOrder(market.aUser(), id(car)));
        market.movedOrder(seller, order, "confirmed");
        market.movedOrder(seller, order, "completed");

        deleted(market.anAdmin(), car);

        assertEquals(404, http().get("/api/cars/" + id(car)).status());
        assertEquals("completed", market.orderSeenBy(seller, order).getString("status"));
        assertTrue(ids(expect(200, http().get("/api/orders?status=completed", seller.token()))).contains(order));
    }

    @Test
    void aDeletedCarIsInNoListTotalOrPageAfterACursor() {
        Account seller = market.aSeller();
        String brand = "Gone" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject first = market.listed(seller, aCarBody(brand, "One", 2015, "9000"));
        JsonObject gone = market.listed(seller, aCarBody(brand, "Two", 2016, "10000"));
        JsonObject last = market.listed(seller, aCarBody(brand, "Three", 2017, "11000"));
        long everyBefore = page("limit=1").getJsonNumber("total").longValueExact();
        long availableBefore = page("status=available&limit=1").getJsonNumber("total").longValueExact();

        deleted(seller, gone);

        for (String sort : List.of("createdAt", "price", "-price", "year", "-year")) {
            JsonObject byBrand = page("brand=" + brand + "&sort=" + sort);
            assertEquals(2, byBrand.getJsonNumber("total").longValueExact(), sort);
            assertTrue(!ids(byBrand).contains(id(gone)), sort + ": " + byBrand);
        }
        assertEquals(List.of(id(last), id(first)), ids(page("sellerId=" + seller.id())));
        JsonObject onePage = page("brand=" + brand + "&sort=price&limit=1");
        assertEquals(List.of(id(last)), ids(page("brand=" + brand + "&sort=price&limit=1&after="
                + onePage.getString("next"))));
        assertEquals(everyBefore - 1, page("limit=1").getJsonNumber("total").longValueExact());
        assertEquals(availableBefore - 1, page("status=available&limit=1").getJsonNumber("total").longValueExact());
    }

    @Test
    void aDeletedCarCannotBeOrderedAskedAboutReviewedOrFavoritedAndLeavesTheFavorites() {
        Account seller = market.aSeller();
        Account user = market.aUser();
        JsonObject kept = market.anAvailableCar(seller);
        JsonObject gone = market.anAvailableCar(seller);
        for (JsonObject car : List.of(kept, gone)) {
            assertEquals(204, http().put("/api/users/me/favorites/" + id(car), user.token()).status());
        }

        deleted(seller, gone);

        String path = "/api/cars/" + id(gone);
        assertEquals(404, market.order(user, id(gone)).status());
        assertEquals(404, http().post(path + "/inquiries", Json.createObjectBuilder().add("message", "Still there?")
                .build(), user.token()).status());
        assertEquals(404, http().post(path + "/reviews", Json.createObjectBuilder().add("rating", 5).build(),
                user.token()).status());
        assertEquals(404, http().get(path + "/reviews").status());
        assertEquals(404, http().put("/api/users/me/favorites/" + id(gone), user.token()).status());
        assertEquals(404, http().patch(path, Json.createObjectBuilder().add("price", 1000).build(),
                seller.token()).status());
        assertEquals(404, http().delete(path, seller.token()).status());
        JsonObject favorites = expect(200, http().get("/api/users/me/favorites", user.token()));
        assertEquals(List.of(id(kept)), ids(favorites));
        assertEquals(1, favorites.getJsonNumber("total").longValueExact());
    }

    @Test
    void anInquiryAskedBeforeTheDeleteStaysReadableButNoLongerChanges() {
        Account seller = market.aSeller();
        Account asker = market.aUser();
        JsonObject car = market.anAvailableCar(seller);
        JsonObject inquiry = expect(201, http().post("/api/cars/" + id(car) + "/inquiries",
                Json.createObjectBuilder().add("message", "Any rust?").build(), asker.token()));

        deleted(seller, car);

        assertEquals(inquiry, expect(200, http().get("/api/inquiries/" + id(inquiry), asker.token())));
        Http.Answer reply = http().patch("/api/inquiries/" + id(inquiry),
                Json.createObjectBuilder().add("reply", "None").build(), seller.token());
        assertEquals(409, reply.status(), reply.text());
        assertTrue(reply.object().getString("detail").contains("deleted"), reply.text());
    }

    @Test
    void aSellerWhoseDeletedCarsHaveNoOrdersCanLeave() {
        Account seller = market.aSeller();
        deleted(seller, market.anAvailableCar(seller));

        assertEquals(204, http().delete("/api/users/" + seller.id(), seller.token()).status());
    }

    @Test
    void aSellerWhoseDeletedCarHasOrderHistoryIsKeptWithTheOrders() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);
        Account buyer = market.aUser();
        long order = id(market.placedOrder(buyer, id(car)));
        market.movedOrder(buyer, order, "cancelled");
        deleted(seller, car);

        Http.Answer answer = http().delete("/api/users/" + seller.id(), seller.token());

        assertEquals(409, answer.status(), answer.text());
        assertTrue(answer.object().getString("detail").contains("orders"), answer.text());
        assertEquals("cancelled", market.orderSeenBy(buyer, order).getString("status"));
    }
}
