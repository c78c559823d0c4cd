package dev.carlot.app.engagement;

import static dev.carlot.app.engagement.Engagement.body;
import static dev.carlot.app.engagement.Engagement.expect;
import static dev.carlot.app.engagement.Engagement.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.AtOnce;
import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A close racing the seller's replies wins for good: no reply lands after it and reopens the inquiry. */
class InquiryRaceTest {
    private static final int ROUNDS = 10;
    private static final int REPLIES = 12;

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

    @Test
    void anInquiryClosedDuringRepliesStaysClosed() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = id(expect(201, http.post("/api/cars/" + carId + "/inquiries", body("message", "Still there?"),
                    asker.token())));
            String path = "/api/inquiries/" + id;
            List<Callable<Http.Answer>> requests = new ArrayList<>();
            for (int i = 0; i < REPLIES; i++) {
                requests.add(() -> http.patch(path, body("reply", "Yes."), seller.token()));
            }
            requests.add(REPLIES / 2, () -> http.patch(path, body("status", "closed"), asker.token()));

            List<Http.Answer> answers = AtOnce.send(requests);

            assertEquals(200, answers.get(REPLIES / 2).status(), answers.get(REPLIES / 2).text());
            answers.forEach(a -> assertTrue(Set.of(200, 409).contains(a.status()), a.text()));
            assertEquals("closed", expect(200, http.get(path, asker.token())).getString("status"), "round " + round);
        }
    }
}
