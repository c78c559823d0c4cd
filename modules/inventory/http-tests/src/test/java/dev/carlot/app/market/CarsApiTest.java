package dev.carlot.app.market;

import static dev.carlot.app.market.Market.aCarBody;
import static dev.carlot.app.market.Market.expect;
import static dev.carlot.app.market.Market.id;
import static dev.carlot.app.market.Market.invalidFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/cars and GET /api/cars/{id}: who may list a car, what a listing must hold, what a car looks like. */
class CarsApiTest {
    @RegisterExtension
    static final Market market = Market.onAFreshServer();


    @Test
    void aSellerListsAnAvailableCarOfTheirOwn() {
        Account seller = market.aSeller();

        JsonObject body = aCarBody().add("color", "red").add("description", "One owner.")
                .add("images", Json.createArrayBuilder().add("https://img.example/v60.jpg")).build();

        Http.Answer answer = market.http().post("/api/cars", body, seller.token());

        JsonObject car = expect(201, answer);
        assertEquals(Set.of("id", "sellerId", "brand", "model", "year", "price", "mileage", "color", "description",
                "images", "status", "createdAt", "updatedAt"), car.keySet());
        assertEquals(seller.id(), car.getJsonNumber("sellerId").longValueExact());
        assertEquals("available", car.getString("status"));
        assertEquals("Volvo", car.getString("brand"));
        assertEquals(2019, car.getInt("year"));
        assertEquals(18500.50, car.getJsonNumber("price").doubleValue());
        assertEquals(64000, car.getInt("mileage"));
        assertEquals("red", car.getString("color"));
        assertEquals(List.of("https://img.example/v60.jpg"), car.getJsonArray("images").getValuesAs(
                jakarta.json.JsonString::getString));
        Instant.parse(car.getString("createdAt"));
        assertEquals("/api/cars/" + id(car), answer.header("Location").orElseThrow());
    }

    @Test
    void optionalFieldsLeftOutAreNullAndImagesEmpty() {
        JsonObject car = market.anAvailableCar(market.aSeller());

        assertEquals(JsonValue.NULL, car.get("color"));
        assertEquals(JsonValue.NULL, car.get("description"));
        assertEquals(0, car.getJsonArray("images").size());
    }

    @Test
    void anyoneReadsACarWithoutSigningIn() {
        JsonObject listed = market.anAvailableCar(market.aSeller());

        assertEquals(listed, expect(200, market.http().get("/api/cars/" + id(listed))));
    }

    @Test
    void anUnknownOrMalformedCarIdIsNotFound() {
        for (String id : List.of("999999", "0", "-3", "abc", "1.5")) {
            assertEquals(404, market.http().get("/api/cars/" + id).status(), id);
        }
    }

    @Test
    void listingACarNeedsATokenThatIsValid() {
        assertEquals(401, market.http().post("/api/cars", aCarBody().build()).status());
        assertEquals(401, market.http().post("/api/cars", aCarBody().build(), "no-such-token").status());
    }

    @Test
    void aUserMayNotListCars() {
        assertEquals(403, market.http().post("/api/cars", aCarBody().build(), market.aUser().token()).status());
    }

    @Test
    void anAdminListsForThemselvesOrForAnotherSeller() {
        Account admin = market.anAdmin();
        Account seller = market.aSeller();

        assertEquals(admin.id(), market.listed(admin, aCarBody()).getJsonNumber("sellerId").longValueExact());
        assertEquals(seller.id(), market.listed(admin, aCarBody().add("sellerId", seller.id()))
                .getJsonNumber("sellerId").longValueExact());
    }

    @Test
    void anAdminNamingAnUnknownSellerGetsNotFound() {
        assertEquals(404, market.http().post("/api/cars", aCarBody().add("sellerId", 987654).build(),
                market.anAdmin().token()).status());
    }

    @Test
    void anAdminCannotListACarForAPlainUser() {
        Http.Answer answer = market.http().post("/api/cars", aCarBody().add("sellerId", market.aUser().id()).build(),
                market.anAdmin().token());

        assertEquals(List.of("sellerId"), invalidFields(answer));
    }

    @Test
    void aSellerMayNameOnlyThemselvesAsSeller() {
        Account seller = market.aSeller();

        assertEquals(403, market.http().post("/api/cars", aCarBody().add("sellerId", market.aSeller().id()).build(),
                seller.token()).status());
        assertEquals(seller.id(), market.listed(seller, aCarBody().add("sellerId", seller.id()))
                .getJsonNumber("sellerId").longValueExact());
    }

    @Test
    void everyInvalidFieldIsListedInOneAnswer() {
        JsonObject body = Json.createObjectBuilder().add("brand", "").add("model", "m".repeat(81))
                .add("year", 1885).add("price", 10.001).add("mileage", -1).add("color", "c".repeat(41))
                .add("description", "d".repeat(5001)).add("images", Json.createArrayBuilder().add("ftp://x.example/a"))
                .add("wheels", 4).build();

        Http.Answer answer = market.http().post("/api/cars", body, market.aSeller().token());

        assertEquals(List.of("wheels", "brand", "model", "year", "price", "mileage", "color", "description",
                "images[0]"), invalidFields(answer));
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        Http.Answer answer = market.http().post("/api/cars", JsonValue.EMPTY_JSON_OBJECT, market.aSeller().token());

        assertEquals(List.of("brand", "model", "year", "price", "mileage"), invalidFields(answer));
    }

    @Test
    void theNewestModelYearIsNextYear() {
        int thisYear = Year.now(ZoneOffset.UTC).getValue();
        Account seller = market.aSeller();

        market.listed(seller, aCarBody().add("year", thisYear + 1));
        market.listed(seller, aCarBody().add("year", 1886));
        assertEquals(List.of("year"), invalidFields(market.http().post("/api/cars",
                aCarBody().add("year", thisYear + 2).build(), seller.token())));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        String token = market.aSeller().token();
        assertEquals(415, market.http().send(aListing(token, "text/plain", "a car")).status());
        assertEquals(400, market.http().send(aListing(token, "application/json", "{\"brand\":")).status());
    }

    private static HttpRequest aListing(String token, String contentType, String body) {
        return HttpRequest.newBuilder(market.http().uri("/api/cars")).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
