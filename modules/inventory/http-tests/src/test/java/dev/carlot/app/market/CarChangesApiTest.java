package dev.carlot.app.market;

import static dev.carlot.app.market.Market.expect;
import static dev.carlot.app.market.Market.id;
import static dev.carlot.app.market.Market.invalidFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PATCH and DELETE /api/cars/{id}: the owner's and the admin's changes, and what orders forbid. */
class CarChangesApiTest {
    @RegisterExtension
    static final Market market = Market.onAFreshServer();


    @Test
    void theSellerChangesSomeFieldsAndTheRestStays() {
        Account seller = market.aSeller();
        JsonObject before = market.anAvailableCar(seller);

        JsonObject after = expect(200, patch(before, seller, Json.createObjectBuilder()
                .add("price", new BigDecimal("17999.99")).add("description", "New tyres.")));

        assertEquals(17999.99, after.getJsonNumber("price").doubleValue());
        assertEquals("New tyres.", after.getString("description"));
        assertEquals(before.getString("brand"), after.getString("brand"));
        assertEquals(before.getInt("mileage"), after.getInt("mileage"));
        assertEquals(before.getString("createdAt"), after.getString("createdAt"));
        assertTrue(!Instant.parse(after.getString("updatedAt")).isBefore(Instant.parse(before.getString("updatedAt"))));
        assertEquals(after, market.car(id(before)));
    }

    @Test
    void nullClearsTheColorAndTheDescription() {
        Account seller = market.aSeller();
        JsonObject car = expect(200, patch(market.anAvailableCar(seller), seller, Json.createObjectBuilder()
                .add("color", "red").add("description", "New tyres.")));

        JsonObject cleared = expect(200, patch(car, seller, Json.createObjectBuilder()
                .addNull("color").add("mileage", 70000)));
        JsonObject both = expect(200, patch(car, seller, Json.createObjectBuilder().addNull("description")));

        assertTrue(cleared.isNull("color"), cleared.toString());
        assertEquals("New tyres.", cleared.getString("description"));
        assertEquals(70000, cleared.getInt("mileage"));
        assertTrue(both.isNull("color") && both.isNull("description"), both.toString());
        assertEquals(both, market.car(id(car)));
    }

    @Test
    void aRequiredFieldCannotBeClearedAndNothingChanges() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);

        assertEquals(List.of("brand", "price"), invalidFields(patch(car, seller, Json.createObjectBuilder()
                .addNull("brand").addNull("price").addNull("color"))));
        assertEquals(car, market.car(id(car)));
    }

    @Test
    void textWithNulAndHostileNumbersAreFieldErrorsNotDatabaseErrors() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);
        String body = "{\"description\":\"a\\u0000b\",\"price\":1e-999999999,\"mileage\":1e999999999}";

        Http.Answer answer = market.http().send("PATCH", "/api/cars/" + id(car), java.util.Optional.of(body),
                seller.token());

        assertEquals(List.of("price", "mileage", "description"), invalidFields(answer));
        assertTrue(!answer.text().contains("UTF8") && !answer.text().contains("numeric"), answer.text());
    }

    @Test
    void anAdminChangesAnyCar() {
        JsonObject car = market.anAvailableCar(market.aSeller());

        assertEquals(50000, expect(200, patch(car, market.anAdmin(), Json.createObjectBuilder().add("mileage", 50000)))
                .getInt("mileage"));
    }

    @Test
    void onlyTheSellerOrAnAdminMayChangeACar() {
        JsonObject car = market.anAvailableCar(market.aSeller());
        var body = Json.createObjectBuilder().add("mileage", 1);

        assertEquals(403, patch(car, market.aSeller(), body).status());
        assertEquals(403, patch(car, market.aUser(), body).status());
        assertEquals(401, market.http().patch("/api/cars/" + id(car), body.build()).status());
        assertEquals(404, market.http().patch("/api/cars/999999", body.build(), market.anAdmin().token()).status());
        assertEquals(64000, market.car(id(car)).getInt("mileage"));
    }

    @Test
    void anAvailableCarIsArchivedAndPutBack() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);

        assertEquals("archived", expect(200, patch(car, seller, status("archived"))).getString("status"));
        assertEquals("archived", expect(200, patch(car, seller, status("archived"))).getString("status"));
        assertEquals("available", expect(200, patch(car, seller, status("available"))).getString("status"));
    }

    @Test
    void fieldsAndStatusChangeTogether() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);

        JsonObject after = expect(200, patch(car, seller, status("archived").add("price", 9000)));

        assertEquals("archived", after.getString("status"));
        assertEquals(9000, after.getJsonNumber("price").intValue());
    }

    @Test
    void reservedAndSoldCannotBeSetByHand() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);

        for (String word : List.of("reserved", "sold", "gone")) {
            assertEquals(List.of("status"), invalidFields(patch(car, seller, status(word))), word);
        }
        assertEquals("available", market.statusOfCar(id(car)));
    }

    @Test
    void aReservedCarCannotBeArchived() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);
        market.placedOrder(market.aUser(), id(car));

        assertEquals(409, patch(car, seller, status("archived")).status());
        assertEquals(409, patch(car, seller, status("available")).status());
        assertEquals("reserved", market.statusOfCar(id(car)));
    }

    @Test
    void aSoldCarKeepsItsStatus() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);
        long order = id(market.placedOrder(market.aUser(), id(car)));
        market.movedOrder(seller, order, "confirmed");
        market.movedOrder(seller, order, "completed");

        assertEquals(409, patch(car, seller, status("archived")).status());
        assertEquals(409, patch(car, market.anAdmin(), status("available")).status());
        assertEquals("sold", market.statusOfCar(id(car)));
    }

    @Test
    void anInvalidChangeChangesNothing() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);

        Http.Answer answer = patch(car, seller, status("archived").add("price", -1).add("year", 1800)
                .add("sellerId", seller.id()));

        assertEquals(List.of("sellerId", "year", "price"), invalidFields(answer));
        assertEquals(car, market.car(id(car)));
    }

    @Test
    void theSellerDeletesACarThatNoOrderNames() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);

        assertEquals(204, market.http().delete("/api/cars/" + id(car), seller.token()).status());
        assertEquals(404, market.http().get("/api/cars/" + id(car)).status());
        assertEquals(404, market.http().delete("/api/cars/" + id(car), seller.token()).status());
    }

    @Test
    void onlyTheSellerOrAnAdminMayDeleteACar() {
        JsonObject car = market.anAvailableCar(market.aSeller());

        assertEquals(401, market.http().delete("/api/cars/" + id(car)).status());
        assertEquals(403, market.http().delete("/api/cars/" + id(car), market.aSeller().token()).status());
        assertEquals(403, market.http().delete("/api/cars/" + id(car), market.aUser().token()).status());
        assertEquals(204, market.http().delete("/api/cars/" + id(car), market.anAdmin().token()).status());
        assertEquals(404, market.http().delete("/api/cars/abc", market.anAdmin().token()).status());
    }

    @Test
    void aCarWithAPendingOrConfirmedOrderCannotBeDeleted() {
        Account seller = market.aSeller();
        JsonObject car = market.anAvailableCar(seller);
        long order = id(market.placedOrder(market.aUser(), id(car)));

        Http.Answer pending = market.http().delete("/api/cars/" + id(car), seller.token());
        market.movedOrder(seller, order, "confirmed");
        Http.Answer confirmed = market.http().delete("/api/cars/" + id(car), market.anAdmin().token());

        assertEquals(409, pending.status(), pending.text());
        assertTrue(pending.object().getString("detail").contains("pending or confirmed order"), pending.text());
        assertEquals(409, confirmed.status(), confirmed.text());
        assertEquals("reserved", market.statusOfCar(id(car)));
    }

    private static Http.Answer patch(JsonObject car, Account who, jakarta.json.JsonObjectBuilder body) {
        return market.http().patch("/api/cars/" + id(car), body.build(), who.token());
    }

    private static jakarta.json.JsonObjectBuilder status(String word) {
        return Json.createObjectBuilder().add("status", word);
    }
}
