package dev.carlot.app.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.persistence.Persistence;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fixtures for the engagement tests (inquiries, favorites, reviews, posts): accounts from
 * {@link Accounts}, cars listed through {@code POST /api/cars}, problem and page assertions. As a
 * JUnit extension it runs one fresh server per test class, started before the class's own
 * {@code @BeforeAll} methods:
 * <pre>{@code @RegisterExtension static final Engagement engagement = Engagement.onAFreshServer();}</pre>
 */
final class Engagement implements BeforeAllCallback, AfterAllCallback {
    private TestServer server;

    private Engagement() {
    }

    static Engagement onAFreshServer() {
        return new Engagement();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    Http http() {
        return server.http();
    }

    /** The server's database, for what the API does not show (such as timestamps finer than milliseconds). */
    Persistence persistence() {
        return server.persistence();
    }

    Account aUser() {
        return Accounts.aUser(http());
    }

    Account aSeller() {
        return Accounts.aSeller(http());
    }

    Account anAdmin() {
        return Accounts.anAdmin(server);
    }

    /** A 2018 Skoda Octavia for 14900.00 that {@code seller} lists; the answer must be 201. */
    JsonObject aCarOf(Account seller) {
        JsonObject car = Json.createObjectBuilder().add("brand", "Skoda").add("model", "Octavia").add("year", 2018)
                .add("price", 14900).add("mileage", 91000).build();
        return expect(201, http().post("/api/cars", car, seller.token()));
    }

    long aCarIdOf(Account seller) {
        return id(aCarOf(seller));
    }

    /** The answer's JSON object, after checking its status. */
    static JsonObject expect(int status, Http.Answer answer) {
        assertEquals(status, answer.status(), answer.text());
        return answer.object();
    }

    static long id(JsonObject json) {
        return json.getJsonNumber("id").longValueExact();
    }

    static long number(JsonObject json, String field) {
        return json.getJsonNumber(field).longValueExact();
    }

    /** A one-field JSON object, e.g. {@code body("message", "Is it still available?")}. */
    static JsonObject body(String field, String value) {
        return Json.createObjectBuilder().add(field, value).build();
    }

    /** A problem+json answer with {@code status}. */
    static JsonObject assertProblem(int status, Http.Answer answer) {
        assertEquals(status, answer.status(), answer.text());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(status, answer.object().getInt("status"));
        return answer.object();
    }

    /** A 400 validation problem naming exactly {@code fields}. */
    static void assertInvalid(Http.Answer answer, String... fields) {
        JsonObject problem = assertProblem(400, answer);
        assertEquals(Set.of(fields), problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet()), answer.text());
    }

    /** The ids of a page's items, in order. */
    static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(i -> id(i.asJsonObject())).toList();
    }

    static long total(JsonObject page) {
        return page.getJsonNumber("total").longValueExact();
    }

    /** The page of {@code path} as {@code who}; the answer must be 200. */
    JsonObject page(String path, Account who) {
        return expect(200, http().get(path, who.token()));
    }

    static List<Long> longs(long... values) {
        return Arrays.stream(values).boxed().toList();
    }
}
