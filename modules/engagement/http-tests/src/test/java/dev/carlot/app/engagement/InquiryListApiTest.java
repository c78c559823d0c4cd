package dev.carlot.app.engagement;

import static dev.carlot.app.engagement.Engagement.assertInvalid;
import static dev.carlot.app.engagement.Engagement.assertProblem;
import static dev.carlot.app.engagement.Engagement.body;
import static dev.carlot.app.engagement.Engagement.expect;
import static dev.carlot.app.engagement.Engagement.id;
import static dev.carlot.app.engagement.Engagement.ids;
import static dev.carlot.app.engagement.Engagement.longs;
import static dev.carlot.app.engagement.Engagement.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET /api/inquiries: askers see theirs, sellers those about their cars, admins all; filters
 * and pages. Two sellers (A with cars a1, a2; B with b1) and two askers (u1, u2), asked in
 * this order: u1→a1, u1→b1, u2→a1, u2→a2; A answers u2→a2, u1 closes u1→b1.
 */
class InquiryListApiTest {
    @RegisterExtension
    static final Engagement engagement = Engagement.onAFreshServer();

    private static Http http;
    private static Account sellerA;
    private static Account sellerB;
    private static Account u1;
    private static Account u2;
    private static long a1;
    private static long u1a1;
    private static long u1b1;
    private static long u2a1;
    private static long u2a2;

    @BeforeAll
    static void setUp() {
        http = engagement.http();
        sellerA = engagement.aSeller();
        sellerB = engagement.aSeller();
        u1 = engagement.aUser();
        u2 = engagement.aUser();
        a1 = engagement.aCarIdOf(sellerA);
        long a2 = engagement.aCarIdOf(sellerA);
        long b1 = engagement.aCarIdOf(sellerB);
        u1a1 = ask(u1, a1);
        u1b1 = ask(u1, b1);
        u2a1 = ask(u2, a1);
        u2a2 = ask(u2, a2);
        expect(200, http.patch("/api/inquiries/" + u2a2, body("reply", "Yes."), sellerA.token()));
        expect(200, http.patch("/api/inquiries/" + u1b1, body("status", "closed"), u1.token()));
    }

    private static long ask(Account who, long carId) {
        return id(expect(201, http.post("/api/cars/" + carId + "/inquiries", body("message", "Price negotiable?"),
                who.token())));
    }

    private static List<Long> listed(String query, Account who) {
        JsonObject page = engagement.page("/api/inquiries" + query, who);
        assertEquals(ids(page).size(), total(page), "one page holds them all here");
        return ids(page);
    }

    @Test
    void askersSeeTheInquiriesTheyAskedNewestFirst() {
        assertEquals(longs(u1b1, u1a1), listed("", u1));
        assertEquals(longs(u2a2, u2a1), listed("", u2));
    }

    @Test
    void sellersSeeTheInquiriesAboutTheirCars() {
        assertEquals(longs(u2a2, u2a1, u1a1), listed("", sellerA));
        assertEquals(longs(u1b1), listed("", sellerB));
    }

    @Test
    void adminsSeeEveryInquiry() {
        assertEquals(longs(u2a2, u2a1, u1b1, u1a1), listed("", engagement.anAdmin()));
    }

    @Test
    void someoneWithoutInquiriesSeesAnEmptyPage() {
        JsonObject page = engagement.page("/api/inquiries", engagement.aUser());

        assertEquals(0, total(page));
        assertEquals(List.of(), ids(page));
        assertEquals(20, page.getInt("limit"));
        assertEquals(0, page.getInt("offset"));
    }

    @Test
    void statusAndCarFiltersNarrowWhatTheCallerMaySee() {
        assertEquals(longs(u2a2), listed("?status=answered", sellerA));
        assertEquals(longs(u2a1, u1a1), listed("?status=open", sellerA));
        assertEquals(longs(u1b1), listed("?status=closed", u1));
        assertEquals(longs(u2a1, u1a1), listed("?carId=" + a1, sellerA));
        assertEquals(longs(u1a1), listed("?carId=" + a1, u1));
        assertEquals(List.of(), listed("?carId=" + a1, sellerB));
        assertEquals(longs(u2a1), listed("?carId=" + a1 + "&status=open&limit=5", u2));
    }

    @Test
    void pagesCarryTheExactTotal() {
        Account admin = engagement.anAdmin();
        JsonObject first = engagement.page("/api/inquiries?limit=3", admin);
        JsonObject second = engagement.page("/api/inquiries?limit=3&offset=3", admin);

        assertEquals(longs(u2a2, u2a1, u1b1), ids(first));
        assertEquals(longs(u1a1), ids(second));
        assertEquals(4, total(first));
        assertEquals(4, total(second));
        assertEquals(3, second.getInt("limit"));
        assertEquals(3, second.getInt("offset"));
    }

    @Test
    void badFiltersAndPagingAre400NamingTheParameter() {
        assertInvalid(http.get("/api/inquiries?status=pending", u1.token()), "status");
        assertInvalid(http.get("/api/inquiries?carId=abc", u1.token()), "carId");
        assertInvalid(http.get("/api/inquiries?limit=101", u1.token()), "limit");
        assertInvalid(http.get("/api/inquiries?offset=-1", u1.token()), "offset");
    }

    @Test
    void listingNeedsAValidToken() {
        assertProblem(401, http.get("/api/inquiries"));
        assertProblem(401, http.get("/api/inquiries", "forged"));
    }
}
