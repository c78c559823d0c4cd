package dev.carlot.app.engagement;

import static dev.carlot.app.engagement.Engagement.assertInvalid;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /api/posts: newest first, by author, in pages with exact totals; anyone may read. */
class PostListApiTest {
    @RegisterExtension
    static final Engagement engagement = Engagement.onAFreshServer();

    private static Http http;
    private static Account anna;
    private static Account ben;
    private static long anna1;
    private static long ben1;
    private static long anna2;

    @BeforeAll
    static void setUp() {
        http = engagement.http();
        anna = engagement.aUser();
        ben = engagement.aSeller();
        anna1 = write(anna, "First");
        ben1 = write(ben, "Second");
        anna2 = write(anna, "Third");
    }

    private static long write(Account who, String title) {
        return id(expect(201, http.post("/api/posts",
                Json.createObjectBuilder().add("title", title).add("content", "Body of " + title).build(), who.token())));
    }

    private static JsonObject posts(String query) {
        return expect(200, http.get("/api/posts" + query));
    }

    @Test
    void anyoneListsEveryPostNewestFirst() {
        JsonObject page = posts("");

        assertEquals(longs(anna2, ben1, anna1), ids(page));
        assertEquals(3, total(page));
        assertEquals(20, page.getInt("limit"));
        assertEquals(0, page.getInt("offset"));
    }

    @Test
    void authorIdKeepsOneAuthorsPosts() {
        assertEquals(longs(anna2, anna1), ids(posts("?authorId=" + anna.id())));
        assertEquals(longs(ben1), ids(posts("?authorId=" + ben.id())));
        assertEquals(0, total(posts("?authorId=987654")));
    }

    @Test
    void pagesCarryTheExactTotal() {
        JsonObject first = posts("?limit=2");
        JsonObject rest = posts("?limit=2&offset=2");

        assertEquals(longs(anna2, ben1), ids(first));
        assertEquals(longs(anna1), ids(rest));
        assertEquals(3, total(first));
        assertEquals(3, total(rest));
        assertEquals(0, ids(posts("?offset=3")).size());
    }

    @Test
    void badFiltersAndPagingAre400NamingTheParameter() {
        assertInvalid(http.get("/api/posts?authorId=anna"), "authorId");
        assertInvalid(http.get("/api/posts?authorId=0"), "authorId");
        assertInvalid(http.get("/api/posts?limit=-1"), "limit");
        assertInvalid(http.get("/api/posts?limit=many"), "limit");
    }
}
