package dev.carlot.app.engagement;

import static dev.carlot.app.engagement.Engagement.assertInvalid;
import static dev.carlot.app.engagement.Engagement.assertProblem;
import static dev.carlot.app.engagement.Engagement.body;
import static dev.carlot.app.engagement.Engagement.expect;
import static dev.carlot.app.engagement.Engagement.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PATCH /api/inquiries/{id}: the car's seller answers, any party closes, nobody else learns it exists. */
class InquiryChangesApiTest {
    private static final JsonObject CLOSE = body("status", "closed");

    @RegisterExtension
    static final Engagement engagement = Engagement.onAFreshServer();

    private static Http http;
    private static Account seller;
    private static Account asker;
    private static Account admin;
    private static long carId;

    @BeforeAll
    static void setUp() {
        http = engagement.http();
        seller = engagement.aSeller();
        asker = engagement.aUser();
        admin = engagement.anAdmin();
        carId = engagement.aCarIdOf(seller);
    }

    private static long anOpenInquiry() {
        return id(expect(201, http.post("/api/cars/" + carId + "/inquiries", body("message", "Any rust?"),
                asker.token())));
    }

    private static Http.Answer change(long id, JsonObject body, Account who) {
        return http.patch("/api/inquiries/" + id, body, who.token());
    }

    private static JsonObject reply(String text) {
        return body("reply", text);
    }

    @Test
    void theSellersReplyAnswersTheInquiry() {
        long id = anOpenInquiry();

        JsonObject answered = expect(200, change(id, reply(" None at all. "), seller));

        assertEquals("answered", answered.getString("status"));
        assertEquals("None at all.", answered.getString("reply"));
        assertEquals("Any rust?", answered.getString("message"));
        assertFalse(Instant.parse(answered.getString("updatedAt")).isBefore(Instant.parse(answered.getString("createdAt"))));
        assertEquals(answered, expect(200, http.get("/api/inquiries/" + id, asker.token())));
    }

    @Test
    void anAdminMayAnswerAndTheSellerMayAnswerAgain() {
        long id = anOpenInquiry();

        assertEquals("answered", expect(200, change(id, reply("Checked by our staff."), admin)).getString("status"));
        JsonObject again = expect(200, change(id, reply("And by me: no rust."), seller));

        assertEquals("answered", again.getString("status"));
        assertEquals("And by me: no rust.", again.getString("reply"));
    }

    @Test
    void theAskerCannotAnswerTheirOwnQuestion() {
        long id = anOpenInquiry();

        assertProblem(403, change(id, reply("Answering myself."), asker));
        assertEquals("open", expect(200, http.get("/api/inquiries/" + id, asker.token())).getString("status"));
    }

    @Test
    void everyPartyMayClose() {
        for (Account party : new Account[] {asker, seller, admin}) {
            long id = anOpenInquiry();
            JsonObject closed = expect(200, change(id, CLOSE, party));
            assertEquals("closed", closed.getString("status"));
            assertEquals(JsonValue.NULL, closed.get("reply"));
        }
    }

    @Test
    void closingAnAnsweredInquiryKeepsItsReply() {
        long id = anOpenInquiry();
        expect(200, change(id, reply("Yes."), seller));

        JsonObject closed = expect(200, change(id, CLOSE, asker));

        assertEquals("closed", closed.getString("status"));
        assertEquals("Yes.", closed.getString("reply"));
    }

    @Test
    void closingTwiceLeavesItClosed() {
        long id = anOpenInquiry();
        JsonObject first = expect(200, change(id, CLOSE, asker));

        assertEquals(first, expect(200, change(id, CLOSE, seller)));
    }

    @Test
    void aClosedInquiryCannotBeAnswered() {
        long id = anOpenInquiry();
        expect(200, change(id, CLOSE, asker));

        JsonObject problem = assertProblem(409, change(id, reply("Sorry for the delay."), seller));

        assertEquals("Inquiry " + id + " is closed; ask a new question instead of answering it.",
                problem.getString("detail"));
    }

    @Test
    void someoneWhoIsNoPartyGets404ForEveryChange() {
        long id = anOpenInquiry();
        Account stranger = engagement.aSeller();

        assertProblem(404, change(id, reply("I know this car."), stranger));
        assertProblem(404, change(id, CLOSE, stranger));
        assertEquals("open", expect(200, http.get("/api/inquiries/" + id, asker.token())).getString("status"));
    }

    @Test
    void anyStatusButClosedIs400() {
        long id = anOpenInquiry();

        for (String status : new String[] {"open", "answered", "archived", ""}) {
            assertInvalid(change(id, body("status", status), seller), "status");
        }
    }

    @Test
    void bothFieldsOrNeitherIs400() {
        long id = anOpenInquiry();

        assertInvalid(change(id, Json.createObjectBuilder().add("reply", "Yes.").add("status", "closed").build(),
                seller), "status");
        assertInvalid(change(id, JsonValue.EMPTY_JSON_OBJECT, seller), "reply");
    }

    @Test
    void theReplyMustHave1To2000Characters() {
        long id = anOpenInquiry();

        assertInvalid(change(id, reply(" "), seller), "reply");
        assertInvalid(change(id, reply("x".repeat(2001)), seller), "reply");
        assertEquals(2000, expect(200, change(id, reply("x".repeat(2000)), seller)).getString("reply").length());
    }

    @Test
    void changingNeedsAValidTokenAndAKnownInquiry() {
        long id = anOpenInquiry();

        assertProblem(401, http.patch("/api/inquiries/" + id, CLOSE));
        assertProblem(404, change(987_654, CLOSE, admin));
        assertProblem(404, http.patch("/api/inquiries/abc", CLOSE, admin.token()));
    }
}
