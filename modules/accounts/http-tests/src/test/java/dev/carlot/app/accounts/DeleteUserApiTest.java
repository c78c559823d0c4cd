package dev.carlot.app.accounts;

import static dev.carlot.app.accounts.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DELETE /api/users/{id}: who may delete an account, and what keeps one from being deleted. */
class DeleteUserApiTest {
    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer();

    private static Http.Answer delete(Account who, long id) {
        return http.delete("/api/users/" + id, who.token());
    }

    private static long aCarOf(Account seller) {
        JsonObject car = Json.createObjectBuilder().add("brand", "Volvo").add("model", "V60").add("year", 2019)
                .add("price", new BigDecimal("18500.50")).add("mileage", 64000).build();
        Http.Answer answer = http.post("/api/cars", car, seller.token());
        assertEquals(201, answer.status(), answer.text());
        return answer.object().getJsonNumber("id").longValueExact();
    }

    @Test
    void aUserDeletesThemselvesAndTheirTokensStopWorking() {
        Account account = Accounts.aUser(http.raw());
        String elsewhere = Accounts.login(http.raw(), account);

        Http.Answer answer = delete(account, account.id());

        assertEquals(204, answer.status(), answer.text());
        assertEquals(401, http.get("/api/users/me", account.token()).status());
        assertEquals(401, http.get("/api/users/me", elsewhere).status());
        assertEquals(401, http.post("/api/auth/login", credentials(account.email(), Accounts.PASSWORD)).status());
        assertEquals(404, http.get("/api/users/" + account.id(), http.admin().token()).status());
    }

    @Test
    void theEmailOfADeletedAccountCanRegisterAgain() {
        Account account = Accounts.aUser(http.raw());
        assertEquals(204, delete(account, account.id()).status());
        JsonObject again = Json.createObjectBuilder().add("email", account.email()).add("name", "Back again")
                .add("password", Accounts.PASSWORD).build();
        assertEquals(201, http.post("/api/auth/register", again).status());
    }

    @Test
    void anotherUsersAccountCannotBeDeleted() {
        Account account = Accounts.aUser(http.raw());
        Account other = Accounts.aUser(http.raw());

        assertEquals(403, delete(account, other.id()).status());
        assertEquals(200, http.get("/api/users/me", other.token()).status());
    }

    @Test
    void anAdminDeletesAnyAccount() {
        Account other = Accounts.aSeller(http.raw());
        assertEquals(204, delete(http.admin(), other.id()).status());
        assertEquals(401, http.get("/api/users/me", other.token()).status());
    }

    @Test
    void deletingNeedsATokenAndAKnownId() {
        Account account = Accounts.aUser(http.raw());
        assertEquals(401, http.delete("/api/users/" + account.id()).status());
        assertEquals(404, delete(http.admin(), 999_999_999).status());
        assertEquals(404, delete(http.admin(), 0).status());
    }

    @Test
    void aSellerWithACarOnOfferIsKeptUntilTheCarIsArchived() {
        Account seller = Accounts.aSeller(http.raw());
        long car = aCarOf(seller);

        Http.Answer refused = delete(seller, seller.id());

        assertEquals(409, refused.status(), refused.text());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.object().getString("detail").contains("available or reserved"), refused.text());
        assertEquals(200, http.get("/api/users/me", seller.token()).status());

        Http.Answer archived = http.patch("/api/cars/" + car, Json.createObjectBuilder().add("status", "archived").build(),
                seller.token());
        assertEquals(200, archived.status(), archived.text());
        assertEquals(204, delete(seller, seller.id()).status());
        assertEquals(404, http.get("/api/cars/" + car).status(), "the archived listing goes with its seller");
    }

    @Test
    void aBuyerWithOrdersIsKeptWithASentenceSayingWhy() {
        Account seller = Accounts.aSeller(http.raw());
        Account buyer = Accounts.aUser(http.raw());
        Http.Answer order = http.post("/api/orders", Json.createObjectBuilder().add("carId", aCarOf(seller)).build(),
                buyer.token());
        assertEquals(201, order.status(), order.text());

        Http.Answer refused = delete(http.admin(), buyer.id());

        assertEquals(409, refused.status(), refused.text());
        assertTrue(refused.object().getString("detail").contains("orders"), refused.text());
        assertEquals(200, http.get("/api/users/me", buyer.token()).status());
    }
}
