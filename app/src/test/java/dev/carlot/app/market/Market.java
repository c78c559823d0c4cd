package dev.carlot.app.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Named fixtures for the inventory and sales API tests: accounts from {@link Accounts} and
 * cars and orders made through the API. As a JUnit extension it runs one fresh server per test class:
 * <pre>{@code @RegisterExtension static final Market market = Market.onAFreshServer();}</pre>
 */
public final class Market implements BeforeAllCallback, AfterAllCallback {
    private final String[] flags;
    private TestServer server;
    private Http http;

    private Market(String... flags) {
        this.flags = flags.clone();
    }

    /** Over a server someone else runs (then without {@link #anAdmin()}). */
    public Market(Http http) {
        this.flags = new String[0];
        this.http = http;
    }

    /** Starts a fresh server before the test class's own {@code @BeforeAll} methods and stops it after all. */
    public static Market onAFreshServer() {
        return new Market();
    }

    /** The same, on a server started with {@code flags} such as {@code --carlot.sales.max-pending-orders=2}. */
    public static Market onAFreshServer(String... flags) {
        return new Market(flags);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestServer.start(flags);
        http = server.http();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    public Http http() {
        return http;
    }

    public Account aSeller() {
        return Accounts.aSeller(http);
    }

    public Account aUser() {
        return Accounts.aUser(http);
    }

    /** Only on a server this Market runs: {@link Accounts#anAdmin} promotes a user in that server's database. */
    public Account anAdmin() {
        return Accounts.anAdmin(Objects.requireNonNull(server, "anAdmin() needs a Market made by onAFreshServer()"));
    }

    /** The body of a valid listing: a 2019 Volvo V60 for 18500.50 with 64000 km. */
    public static JsonObjectBuilder aCarBody() {
        return Json.createObjectBuilder().add("brand", "Volvo").add("model", "V60").add("year", 2019)
                .add("price", new BigDecimal("18500.50")).add("mileage", 64000);
    }

    public static JsonObjectBuilder aCarBody(String brand, String model, int year, String price) {
        return aCarBody().add("brand", brand).add("model", model).add("year", year).add("price", new BigDecimal(price));
    }

    /** Lists {@code body} as {@code seller}; the answer must be 201. */
    public JsonObject listed(Account seller, JsonObjectBuilder body) {
        return expect(201, http.post("/api/cars", body.build(), seller.token()));
    }

    public JsonObject anAvailableCar(Account seller) {
        return listed(seller, aCarBody());
    }

    public JsonObject car(long id) {
        return expect(200, http.get("/api/cars/" + id));
    }

    public String statusOfCar(long id) {
        return car(id).getString("status");
    }

    /** Archives a car as {@code who}; the answer must be 200. */
    public JsonObject archived(Account who, long carId) {
        JsonObject archive = Json.createObjectBuilder().add("status", "archived").build();
        return expect(200, http.patch("/api/cars/" + carId, archive, who.token()));
    }

    /** The order as {@code who} sees it; the answer must be 200. */
    public JsonObject orderSeenBy(Account who, long orderId) {
        return expect(200, http.get("/api/orders/" + orderId, who.token()));
    }

    /** {@code buyer} orders car {@code carId}; the answer must be 201. */
    public JsonObject placedOrder(Account buyer, long carId) {
        return expect(201, order(buyer, carId));
    }

    public Http.Answer order(Account buyer, long carId) {
        return http.post("/api/orders", Json.createObjectBuilder().add("carId", carId).build(), buyer.token());
    }

    public Http.Answer moveOrder(Account who, long orderId, String status) {
        return http.patch("/api/orders/" + orderId, Json.createObjectBuilder().add("status", status).build(),
                who.token());
    }

    /** Moves an order as {@code who}; the answer must be 200. */
    public JsonObject movedOrder(Account who, long orderId, String status) {
        return expect(200, moveOrder(who, orderId, status));
    }

    public static JsonObject expect(int status, Http.Answer answer) {
        assertEquals(status, answer.status(), answer.text());
        return answer.object();
    }

    public static long id(JsonObject json) {
        return json.getJsonNumber("id").longValueExact();
    }

    /** The fields a 400 answer names, in order: shared by the cars and the orders tests. */
    public static List<String> invalidFields(Http.Answer answer) {
        assertEquals(400, answer.status(), answer.text());
        return answer.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }
}
