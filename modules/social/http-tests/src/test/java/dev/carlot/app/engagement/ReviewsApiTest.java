package dev.carlot.app.engagement;

import static dev.carlot.app.engagement.Engagement.assertInvalid;
import static dev.carlot.app.engagement.Engagement.assertProblem;
import static dev.carlot.app.engagement.Engagement.expect;
import static dev.carlot.app.engagement.Engagement.id;
import static dev.carlot.app.engagement.Engagement.ids;
import static dev.carlot.app.engagement.Engagement.longs;
import static dev.carlot.app.engagement.Engagement.number;
import static dev.carlot.app.engagement.Engagement.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.AtOnce;
import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST, GET /api/cars/{id}/reviews and DELETE /api/reviews/{id}: one review per user and car, with the average. */
class ReviewsApiTest {
    @RegisterExtension
    static final Engagement engagement = Engagement.onAFreshServer();

    private static Http http;
    private static Account seller;

    @BeforeAll
    static void setUp() {
        http = engagement.http();
        seller = engagement.aSeller();
    }

    private static Http.Answer review(Account who, long carId, JsonObject body) {
        return http.post("/api/cars/" + carId + "/reviews", body, who.token());
    }

    private static JsonObject rating(int stars) {
        return Json.createObjectBuilder().add("rating", stars).build();
    }

    private static long reviewed(long carId, int stars) {
        return id(expect(201, review(engagement.aUser(), carId, rating(stars))));
    }

    private static JsonObject reviewsOf(long carId, String query) {
        return expect(200, http.get("/api/cars/" + carId + "/reviews" + query));
    }

    private static JsonValue average(long carId) {
        return reviewsOf(carId, "").get("averageRating");
    }

    @Test
    void aBuyerReviewsACar() {
        Account user = engagement.aUser();
        long carId = engagement.aCarIdOf(seller);

        JsonObject review = expect(201, review(user, carId, Json.createObjectBuilder().add("rating", 4)
                .add("comment", " Smooth ride. ").build()));

        assertEquals(Set.of("id", "carId", "userId", "rating", "comment", "createdAt"), review.keySet());
        assertEquals(carId, number(review, "carId"));
        assertEquals(user.id(), number(review, "userId"));
        assertEquals(4, review.getInt("rating"));
        assertEquals("Smooth ride.", review.getString("comment"));
        Instant.parse(review.getString("createdAt"));
        assertEquals(review, reviewsOf(carId, "").getJsonArray("items").getJsonObject(0));
    }

    @Test
    void theCommentIsOptional() {
        JsonObject review = expect(201, review(engagement.aUser(), engagement.aCarIdOf(seller), rating(5)));

        assertEquals(JsonValue.NULL, review.get("comment"));
    }

    @Test
    void aSecondReviewOfTheSameCarBySameUserIs409() {
        Account user = engagement.aUser();
        long carId = engagement.aCarIdOf(seller);
        expect(201, review(user, carId, rating(5)));

        JsonObject problem = assertProblem(409, review(user, carId, rating(1)));

        assertEquals("You have already reviewed car " + carId + "; delete that review to write a new one.",
                problem.getString("detail"));
        assertEquals(1, total(reviewsOf(carId, "")));
    }

    @Test
    void ofManySimultaneousReviewsBySameUserExactlyOneIsKept() throws Exception {
        Account user = engagement.aUser();
        long carId = engagement.aCarIdOf(seller);
        List<Callable<Http.Answer>> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(() -> review(user, carId, rating(4)));
        }

        Map<Integer, Long> statuses = AtOnce.send(requests).stream()
                .collect(Collectors.groupingBy(Http.Answer::status, Collectors.counting()));

        assertEquals(Map.of(201, 1L, 409, 9L), statuses);
        assertEquals(1, total(reviewsOf(carId, "")));
    }

    @Test
    void theCarsSellerCannotReviewIt() {
        long carId = engagement.aCarIdOf(seller);

        assertProblem(403, review(seller, carId, rating(5)));
        assertEquals(0, total(reviewsOf(carId, "")));
    }

    @Test
    void reviewingNeedsAValidTokenAndAKnownCar() {
        long carId = engagement.aCarIdOf(seller);

        assertProblem(401, http.post("/api/cars/" + carId + "/reviews", rating(5)));
        assertProblem(401, http.post("/api/cars/" + carId + "/reviews", rating(5), "forged"));
        assertProblem(404, review(engagement.aUser(), 987_654, rating(5)));
        assertProblem(404, http.post("/api/cars/x/reviews", rating(5), engagement.aUser().token()));
    }

    @Test
    void theRatingIsAWholeNumberFrom1To5AndTheCommentUpTo2000Characters() {
        Account user = engagement.aUser();
        long carId = engagement.aCarIdOf(seller);

        assertInvalid(review(user, carId, JsonValue.EMPTY_JSON_OBJECT), "rating");
        assertInvalid(review(user, carId, rating(0)), "rating");
        assertInvalid(review(user, carId, rating(6)), "rating");
        assertInvalid(review(user, carId, Json.createObjectBuilder().add("rating", new BigDecimal("4.5")).build()),
                "rating");
        assertInvalid(review(user, carId, Json.createObjectBuilder().add("rating", "5").build()), "rating");
        assertInvalid(review(user, carId, Json.createObjectBuilder().add("rating", 3).add("comment", " ").build()),
                "comment");
        assertInvalid(review(user, carId, Json.createObjectBuilder().add("rating", 9)
                .add("comment", "x".repeat(2001)).add("stars", 5).build()), "rating", "comment", "stars");
        assertEquals(0, total(reviewsOf(carId, "")));
    }

    @Test
    void aCarWithoutReviewsHasANullAverage() {
        JsonObject page = reviewsOf(engagement.aCarIdOf(seller), "");

        assertEquals(Set.of("items", "total", "limit", "offset", "averageRating"), page.keySet());
        assertEquals(JsonValue.NULL, page.get("averageRating"));
        assertEquals(0, total(page));
    }

    @Test
    void theAverageIsRoundedToTwoDecimals() {
        long carId = engagement.aCarIdOf(seller);
        reviewed(carId, 5);
        assertEquals("5.00", average(carId).toString());
        reviewed(carId, 4);
        assertEquals("4.50", average(carId).toString());
        reviewed(carId, 4);
        assertEquals("4.33", average(carId).toString());
        reviewed(carId, 1);
        reviewed(carId, 1);
        reviewed(carId, 1);
        assertEquals("2.67", average(carId).toString());
    }

    @Test
    void theAverageCoversEveryReviewNotJustThePage() {
        long carId = engagement.aCarIdOf(seller);
        long first = reviewed(carId, 2);
        long second = reviewed(carId, 3);
        long third = reviewed(carId, 5);

        JsonObject page1 = reviewsOf(carId, "?limit=2");
        JsonObject page2 = reviewsOf(carId, "?limit=2&offset=2");

        assertEquals(longs(third, second), ids(page1));
        assertEquals(longs(first), ids(page2));
        assertEquals(3, total(page1));
        assertEquals(3, total(page2));
        assertEquals("3.33", page2.get("averageRating").toString());
    }

    @Test
    void readingReviewsOfAnUnknownCarIs404AndBadPagingIs400() {
        assertProblem(404, http.get("/api/cars/987654/reviews"));
        assertProblem(404, http.get("/api/cars/abc/reviews"));
        assertInvalid(http.get("/api/cars/" + engagement.aCarIdOf(seller) + "/reviews?offset=x"), "offset");
    }

    @Test
    void theAuthorDeletesTheirReviewAndMayReviewAgain() {
        Account user = engagement.aUser();
        long carId = engagement.aCarIdOf(seller);
        long id = id(expect(201, review(user, carId, rating(1))));

        Http.Answer deleted = http.delete("/api/reviews/" + id, user.token());

        assertEquals(204, deleted.status(), deleted.text());
        assertEquals(JsonValue.NULL, average(carId));
        assertEquals(5, expect(201, review(user, carId, rating(5))).getInt("rating"));
    }

    @Test
    void anAdminDeletesAnyReview() {
        long carId = engagement.aCarIdOf(seller);
        long id = reviewed(carId, 3);

        assertEquals(204, http.delete("/api/reviews/" + id, engagement.anAdmin().token()).status());
        assertEquals(0, total(reviewsOf(carId, "")));
    }

    @Test
    void othersCannotDeleteAReviewEvenTheCarsSeller() {
        long carId = engagement.aCarIdOf(seller);
        long id = reviewed(carId, 1);

        assertProblem(403, http.delete("/api/reviews/" + id, engagement.aUser().token()));
        assertProblem(403, http.delete("/api/reviews/" + id, seller.token()));
        assertEquals(1, total(reviewsOf(carId, "")));
    }

    @Test
    void deletingNeedsAValidTokenAndAKnownReview() {
        long id = reviewed(engagement.aCarIdOf(seller), 4);

        assertProblem(401, http.delete("/api/reviews/" + id));
        assertProblem(404, http.delete("/api/reviews/987654", engagement.anAdmin().token()));
        assertProblem(404, http.delete("/api/reviews/one", engagement.anAdmin().token()));
    }
}
