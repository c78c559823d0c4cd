package dev.carlot.app.engagement;

import static dev.carlot.app.engagement.Engagement.assertInvalid;
import static dev.carlot.app.engagement.Engagement.assertProblem;
import static dev.carlot.app.engagement.Engagement.body;
import static dev.carlot.app.engagement.Engagement.expect;
import static dev.carlot.app.engagement.Engagement.id;
import static dev.carlot.app.engagement.Engagement.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST, GET, PATCH, DELETE /api/posts[/{id}]: anyone reads, members write, authors and admins change. */
class PostsApiTest {
    @RegisterExtension
    static final Engagement engagement = Engagement.onAFreshServer();

    private static Http http;
    private static Account author;

    @BeforeAll
    static void setUp() {
        http = engagement.http();
        author = engagement.aUser();
    }

    private static JsonObject post(String title, String content) {
        return Json.createObjectBuilder().add("title", title).add("content", content).build();
    }

    private static JsonObject aPostBy(Account who) {
        return expect(201, http.post("/api/posts", post("Winter tyres", "Which brand do you trust?"), who.token()));
    }

    private static String path(JsonObject post) {
        return "/api/posts/" + id(post);
    }

    @Test
    void aMemberWritesAPostThatAnyoneReads() {
        Http.Answer answer = http.post("/api/posts", post(" Winter tyres ", "Which brand?\n"), author.token());

        JsonObject post = expect(201, answer);
        assertEquals(Set.of("id", "authorId", "title", "content", "createdAt", "updatedAt"), post.keySet());
        assertEquals(author.id(), number(post, "authorId"));
        assertEquals("Winter tyres", post.getString("title"));
        assertEquals("Which brand?", post.getString("content"));
        assertEquals(path(post), answer.header("Location").orElseThrow());
        assertEquals(post, expect(200, http.get(path(post))));
    }

    @Test
    void sellersAndAdminsWritePostsToo() {
        assertEquals(201, http.post("/api/posts", post("New stock", "Three estates in."), engagement.aSeller().token())
                .status());
        assertEquals(201, http.post("/api/posts", post("Maintenance", "Down on Sunday."), engagement.anAdmin().token())
                .status());
    }

    @Test
    void writingNeedsAValidToken() {
        assertProblem(401, http.post("/api/posts", post("t", "c")));
        assertProblem(401, http.post("/api/posts", post("t", "c"), "forged"));
    }

    @Test
    void titleAndContentAreRequiredWithinTheirLengths() {
        assertInvalid(http.post("/api/posts", JsonValue.EMPTY_JSON_OBJECT, author.token()), "title", "content");
        assertInvalid(http.post("/api/posts", post("x".repeat(201), " "), author.token()), "title", "content");
        assertInvalid(http.post("/api/posts", post("ok", "x".repeat(20_001)), author.token()), "content");
        assertInvalid(http.post("/api/posts", Json.createObjectBuilder().add("title", "t").add("content", "c")
                .add("authorId", 1).build(), author.token()), "authorId");
        expect(201, http.post("/api/posts", post("x".repeat(200), "x".repeat(20_000)), author.token()));
    }

    @Test
    void readingAnUnknownPostIs404() {
        assertProblem(404, http.get("/api/posts/987654"));
        assertProblem(404, http.get("/api/posts/first"));
    }

    @Test
    void theAuthorEditsTheTitleAlone() {
        JsonObject post = aPostBy(author);

        JsonObject edited = expect(200, http.patch(path(post), body("title", "Summer tyres"), author.token()));

        assertEquals("Summer tyres", edited.getString("title"));
        assertEquals(post.getString("content"), edited.getString("content"));
        assertEquals(post.getString("createdAt"), edited.getString("createdAt"));
        var stored = engagement.persistence().repositories().posts().find(id(post)).orElseThrow();
        assertTrue(stored.updatedAt().isAfter(stored.createdAt()), "updatedAt moves on an edit");
        assertEquals(edited, expect(200, http.get(path(post))));
    }

    @Test
    void anAdminEditsAnyPost() {
        JsonObject post = aPostBy(author);

        JsonObject edited = expect(200, http.patch(path(post), post("Moderated", "Removed a link."),
                engagement.anAdmin().token()));

        assertEquals("Moderated", edited.getString("title"));
        assertEquals("Removed a link.", edited.getString("content"));
        assertEquals(author.id(), number(edited, "authorId"));
    }

    @Test
    void anEmptyEditChangesNothing() {
        JsonObject post = aPostBy(author);

        assertEquals(post, expect(200, http.patch(path(post), JsonValue.EMPTY_JSON_OBJECT, author.token())));
    }

    @Test
    void othersCannotEditAPost() {
        JsonObject post = aPostBy(author);

        assertProblem(403, http.patch(path(post), body("title", "Mine now"), engagement.aUser().token()));
        assertProblem(401, http.patch(path(post), body("title", "Mine now")));
        assertEquals(post, expect(200, http.get(path(post))));
    }

    @Test
    void anEditIsValidatedLikeANewPost() {
        JsonObject post = aPostBy(author);

        assertInvalid(http.patch(path(post), post("", "x".repeat(20_001)), author.token()), "title", "content");
        assertInvalid(http.patch(path(post), body("authorId", "7"), author.token()), "authorId");
        assertProblem(404, http.patch("/api/posts/987654", body("title", "t"), author.token()));
    }

    @Test
    void theAuthorDeletesTheirPost() {
        JsonObject post = aPostBy(author);

        Http.Answer deleted = http.delete(path(post), author.token());

        assertEquals(204, deleted.status(), deleted.text());
        assertProblem(404, http.get(path(post)));
        assertProblem(404, http.delete(path(post), author.token()));
    }

    @Test
    void anAdminDeletesAnyPostAndOthersCannot() {
        JsonObject post = aPostBy(author);

        assertProblem(403, http.delete(path(post), engagement.aSeller().token()));
        assertProblem(401, http.delete(path(post)));
        assertEquals(204, http.delete(path(post), engagement.anAdmin().token()).status());
    }
}
