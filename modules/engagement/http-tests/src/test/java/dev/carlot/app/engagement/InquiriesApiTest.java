package dev.carlot.app.engagement;

import static dev.carlot.app.engagement.Engagement.assertInvalid;
import static dev.carlot.app.engagement.Engagement.assertProblem;
import static dev.carlot.app.engagement.Engagement.body;
import static dev.carlot.app.engagement.Engagement.expect;
import static dev.carlot.app.engagement.Engagement.id;
import static dev.carlot.app.engagement.Engagement.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/cars/{id}/inquiries and GET /api/inquiries/{id}: asking about a car, and who may read the answer. */
class InquiriesApiTest {
    @RegisterExtension
    static final Engagement engagement = Engagement.onAFreshServer();

    private static Http http;
    private static Account seller;
    private static Account asker;
    private static long carId;

    @BeforeAll
    static void setUp() {
        http = engagement.http();
        seller = engagement.aSeller();
        asker = engagement.aUser();
        carId = engagement.aCarIdOf(seller);
    }

    private static Http.Answer ask(Account who, long car, JsonObject body) {
        return http.post("/api/cars/" + car + "/inquiries", body, who.token());
    }

    private static JsonObject anInquiry() {
        return expect(201, ask(asker, carId, body("message", "Is it still available?")));
    }

    @Test
    void askingAboutACarOpensAnInquiry() {
        Http.Answer answer = ask(asker, carId, body("message", "  Has it had its timing belt changed?  "));

        JsonObject inquiry = expect(201, answer);
        assertEquals(Set.of("id", "carId", "userId", "message", "reply", "status", "createdAt", "updatedAt"),
                inquiry.keySet());
        assertEquals(carId, number(inquiry, "carId"));
        assertEquals(asker.id(), number(inquiry, "userId"));
        assertEquals("Has it had its timing belt changed?", inquiry.getString("message"));
        assertEquals(JsonValue.NULL, inquiry.get("reply"));
        assertEquals("open", inquiry.getString("status"));
        assertEquals(Instant.parse(inquiry.getString("createdAt")), Instant.parse(inquiry.getString("updatedAt")));
        assertEquals("/api/inquiries/" + id(inquiry), answer.header("Location").orElseThrow());
    }

    @Test
    void aMessageOf2000CharactersIsAccepted() {
        expect(201, ask(asker, carId, body("message", "x".repeat(2000))));
    }

    @Test
    void askingNeedsAValidToken() {
        assertProblem(401, http.post("/api/cars/" + carId + "/inquiries", body("message", "Hello?")));
        assertProblem(401, http.post("/api/cars/" + carId + "/inquiries", body("message", "Hello?"), "forged"));
    }

    @Test
    void askingAboutAnUnknownCarIs404() {
        assertProblem(404, ask(asker, 987_654, body("message", "Hello?")));
        assertProblem(404, ask(asker, 0, body("message", "Hello?")));
        assertProblem(404, http.post("/api/cars/abc/inquiries", body("message", "Hello?"), asker.token()));
    }

    @Test
    void theSellerCannotAskAboutTheirOwnCar() {
        JsonObject problem = assertProblem(403, ask(seller, carId, body("message", "Anyone there?")));
        assertEquals("You are the seller of car " + carId + "; you cannot ask about your own car.",
                problem.getString("detail"));
    }

    @Test
    void theMessageMustHave1To2000Characters() {
        assertInvalid(ask(asker, carId, JsonValue.EMPTY_JSON_OBJECT), "message");
        assertInvalid(ask(asker, carId, body("message", "   ")), "message");
        assertInvalid(ask(asker, carId, body("message", "x".repeat(2001))), "message");
        assertInvalid(ask(asker, carId, Json.createObjectBuilder().add("message", 42).build()), "message");
    }

    @Test
    void unknownFieldsAreListedNotIgnored() {
        assertInvalid(ask(asker, carId, Json.createObjectBuilder().add("message", "Hi").add("status", "answered")
                .build()), "status");
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        assertProblem(400, http.send("POST", "/api/cars/" + carId + "/inquiries", Optional.of("{message"),
                asker.token()));
    }

    @Test
    void theAskerTheCarsSellerAndAdminsReadAnInquiry() {
        JsonObject inquiry = anInquiry();
        String path = "/api/inquiries/" + id(inquiry);

        assertEquals(inquiry, expect(200, http.get(path, asker.token())));
        assertEquals(inquiry, expect(200, http.get(path, seller.token())));
        assertEquals(inquiry, expect(200, http.get(path, engagement.anAdmin().token())));
    }

    @Test
    void anyoneElseGetsTheSame404AsForAnUnknownId() {
        long id = id(anInquiry());

        JsonObject hidden = assertProblem(404, http.get("/api/inquiries/" + id, engagement.aUser().token()));
        JsonObject hiddenFromSeller = assertProblem(404, http.get("/api/inquiries/" + id, engagement.aSeller().token()));
        JsonObject unknown = assertProblem(404, http.get("/api/inquiries/987654", asker.token()));

        assertEquals(unknown.getString("type"), hidden.getString("type"));
        assertEquals("There is no inquiry with id " + id + ".", hidden.getString("detail"));
        assertEquals(hidden, hiddenFromSeller);
    }

    @Test
    void readingNeedsAValidTokenAndANumericId() {
        long id = id(anInquiry());

        assertProblem(401, http.get("/api/inquiries/" + id));
        assertProblem(404, http.get("/api/inquiries/x1", asker.token()));
        assertProblem(404, http.get("/api/inquiries/-" + id, asker.token()));
    }

    @Test
    void theInquiryRoutesLeaveTheCarRoutesToInventory() {
        assertEquals(carId, id(expect(200, http.get("/api/cars/" + carId))));
        Http.Answer readInquiries = http.get("/api/cars/" + carId + "/inquiries", asker.token());

        assertEquals(405, readInquiries.status());
        assertFalse(readInquiries.header("Allow").orElseThrow().contains("GET"));
    }
}
