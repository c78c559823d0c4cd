package dev.carlot.app.engagement;

import static dev.carlot.app.engagement.Engagement.assertInvalid;
import static dev.carlot.app.engagement.Engagement.assertProblem;
import static dev.carlot.app.engagement.Engagement.expect;
import static dev.carlot.app.engagement.Engagement.id;
import static dev.carlot.app.engagement.Engagement.ids;
import static dev.carlot.app.engagement.Engagement.longs;
import static dev.carlot.app.engagement.Engagement.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PUT, DELETE /api/users/me/favorites/{carId} and GET /api/users/me/favorites: idempotent marks, private lists. */
class FavoritesApiTest {
    @RegisterExtension
    static final Engagement engagement = Engagement.onAFreshServer();

    private static Http http;
    private static Account seller;

    @BeforeAll
    static void setUp() {
        http = engagement.http();
        seller = engagement.aSeller();
    }

    private static Http.Answer mark(Account who, long carId) {
        return http.put("/api/users/me/favorites/" + carId, who.token());
    }

    private static Http.Answer unmark(Account who, long carId) {
        return http.delete("/api/users/me/favorites/" + carId, who.token());
    }

    private static JsonObject favorites(Account who) {
        return engagement.page("/api/users/me/favorites", who);
    }

    @Test
    void aMarkedCarIsListedExactlyAsTheInventoryShowsIt() {
        Account user = engagement.aUser();
        JsonObject car = engagement.aCarOf(seller);

        Http.Answer answer = mark(user, id(car));

        assertEquals(204, answer.status(), answer.text());
        assertEquals("", answer.text());
        JsonObject page = favorites(user);
        assertEquals(1, total(page));
        assertEquals(List.of(expect(200, http.get("/api/cars/" + id(car)))), page.getJsonArray("items"));
    }

    @Test
    void markingTwiceKeepsOneEntry() {
        Account user = engagement.aUser();
        long carId = engagement.aCarIdOf(seller);

        assertEquals(204, mark(user, carId).status());
        assertEquals(204, mark(user, carId).status());

        assertEquals(longs(carId), ids(favorites(user)));
        assertEquals(1, total(favorites(user)));
    }

    @Test
    void unmarkingTwiceIs204BothTimes() {
        Account user = engagement.aUser();
        long carId = engagement.aCarIdOf(seller);
        mark(user, carId);

        assertEquals(204, unmark(user, carId).status());
        assertEquals(204, unmark(user, carId).status());

        assertEquals(0, total(favorites(user)));
    }

    @Test
    void unmarkingACarNeverMarkedIs204() {
        assertEquals(204, unmark(engagement.aUser(), engagement.aCarIdOf(seller)).status());
    }

    @Test
    void favoritesArePrivateToEachUser() {
        Account one = engagement.aUser();
        Account other = engagement.aUser();
        long carId = engagement.aCarIdOf(seller);
        mark(one, carId);

        assertEquals(0, total(favorites(other)));
        assertEquals(204, unmark(other, carId).status());
        assertEquals(longs(carId), ids(favorites(one)));
    }

    @Test
    void theListIsPagedMostRecentlyMarkedFirst() {
        Account user = engagement.aUser();
        long first = engagement.aCarIdOf(seller);
        long second = engagement.aCarIdOf(seller);
        long third = engagement.aCarIdOf(seller);
        for (long carId : new long[] {second, third, first}) {
            mark(user, carId);
        }

        JsonObject page1 = engagement.page("/api/users/me/favorites?limit=2", user);
        JsonObject page2 = engagement.page("/api/users/me/favorites?limit=2&offset=2", user);

        assertEquals(longs(first, third), ids(page1));
        assertEquals(longs(second), ids(page2));
        assertEquals(3, total(page1));
        assertEquals(3, total(page2));
        assertEquals(2, page2.getInt("offset"));
    }

    @Test
    void anUnknownCarIs404ForMarkingAndUnmarking() {
        Account user = engagement.aUser();

        assertProblem(404, mark(user, 987_654));
        assertProblem(404, unmark(user, 987_654));
        assertProblem(404, http.put("/api/users/me/favorites/abc", user.token()));
        assertProblem(404, http.delete("/api/users/me/favorites/0", user.token()));
    }

    @Test
    void badPagingIs400() {
        assertInvalid(http.get("/api/users/me/favorites?limit=1000", engagement.aUser().token()), "limit");
    }

    @Test
    void everyFavoritesRouteNeedsAValidToken() {
        long carId = engagement.aCarIdOf(seller);

        assertProblem(401, http.put("/api/users/me/favorites/" + carId));
        assertProblem(401, http.delete("/api/users/me/favorites/" + carId));
        assertProblem(401, http.get("/api/users/me/favorites"));
        assertProblem(401, http.get("/api/users/me/favorites", "forged"));
    }

    @Test
    void aDeletedCarLeavesTheFavorites() {
        Account user = engagement.aUser();
        long carId = engagement.aCarIdOf(seller);
        mark(user, carId);

        assertEquals(204, http.delete("/api/cars/" + carId, seller.token()).status());

        assertEquals(0, total(favorites(user)));
        assertProblem(404, unmark(user, carId));
    }

    @Test
    void aFavoriteShowsTheCarsCurrentState() {
        Account user = engagement.aUser();
        long carId = engagement.aCarIdOf(seller);
        mark(user, carId);

        expect(200, http.patch("/api/cars/" + carId, Json.createObjectBuilder().add("status", "archived").build(),
                seller.token()));

        assertEquals("archived", favorites(user).getJsonArray("items").getJsonObject(0).getString("status"));
    }
}
