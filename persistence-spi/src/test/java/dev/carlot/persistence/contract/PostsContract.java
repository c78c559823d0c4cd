package dev.carlot.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Post;
import dev.carlot.persistence.data.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link dev.carlot.persistence.data.Posts}. */
public abstract class PostsContract extends ContractGroup {

    private Post aPostBy(User author) {
        return db().repositories().posts().create(author.id(), "Spring sale", "Ten percent off every convertible.");
    }

    @Test
    void aPostIsStoredAsGiven() {
        User author = given().aUser();

        Post post = aPostBy(author);

        assertEquals(author.id(), post.authorId());
        assertEquals(List.of("Spring sale", "Ten percent off every convertible."), List.of(post.title(), post.content()));
        assertEquals(Optional.of(post), db().repositories().posts().find(post.id()));
    }

    @Test
    void aPostByAnUnknownAuthorIsNotFound() {
        assertThrows(NotFoundException.class, () -> db().repositories().posts().create(Long.MAX_VALUE, "Title", "Content"));
    }

    @Test
    void titleAndContentLengthsAreChecked() {
        User author = given().aUser();

        assertThrows(InvalidDataException.class, () -> db().repositories().posts().create(author.id(), "", "Content"));
        assertThrows(InvalidDataException.class, () -> db().repositories().posts().create(author.id(), "t".repeat(201), "Content"));
        assertThrows(InvalidDataException.class, () -> db().repositories().posts().create(author.id(), "Title", "c".repeat(20_001)));
        assertEquals(20_000, db().repositories().posts().create(author.id(), "Title", "c".repeat(20_000)).content().length());
    }

    @Test
    void anAuthorsPostsAreListedNewestFirst() {
        User author = given().aUser();
        Post first = aPostBy(author);
        Post second = aPostBy(author);
        aPostBy(given().aUser());

        Page<Post> page = db().repositories().posts().list(Optional.of(author.id()), PageRequest.first(10));
        assertEquals(List.of(second, first), page.items());
        assertEquals(2, page.total());
    }

    @Test
    void theUnfilteredListCountsEveryPost() {
        long before = db().repositories().posts().list(Optional.empty(), PageRequest.first(0)).total();
        Post newest = aPostBy(given().aUser());

        Page<Post> page = db().repositories().posts().list(Optional.empty(), PageRequest.first(1));
        assertEquals(before + 1, page.total());
        assertEquals(List.of(newest), page.items());
    }

    @Test
    void updateChangesOnlyWhatIsGiven() {
        Post post = aPostBy(given().aUser());

        Post retitled = db().repositories().posts().update(post.id(), Optional.of("Summer sale"), Optional.empty());

        assertEquals("Summer sale", retitled.title());
        assertEquals(post.content(), retitled.content());
        assertTrue(retitled.updatedAt().isAfter(post.updatedAt()));
    }

    @Test
    void updatingOrDeletingAnUnknownPostIsNotFound() {
        assertThrows(NotFoundException.class, () -> db().repositories().posts().update(Long.MAX_VALUE, Optional.of("x"),
                Optional.empty()));
        assertThrows(NotFoundException.class, () -> db().repositories().posts().delete(Long.MAX_VALUE));
    }

    @Test
    void aDeletedPostIsGone() {
        Post post = aPostBy(given().aUser());

        db().repositories().posts().delete(post.id());

        assertEquals(Optional.empty(), db().repositories().posts().find(post.id()));
    }
}
