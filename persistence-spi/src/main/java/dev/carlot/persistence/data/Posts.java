package dev.carlot.persistence.data;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import java.util.Optional;

/** Posts; edited and deleted only by their author (or an admin, decided by the caller). */
public interface Posts {

    /** Stores a new post by {@code authorId} and answers it with its id and time. */
    Post create(long authorId, String title, String content);

    /** The post with this id, or empty when there is none. */
    Optional<Post> find(long id);

    /** Newest first, optionally one author's. */
    Page<Post> list(Optional<Long> authorId, PageRequest page);

    /** @throws dev.carlot.persistence.NotFoundException for an unknown id */
    Post update(long id, Optional<String> title, Optional<String> content);

    /** @throws dev.carlot.persistence.NotFoundException for an unknown id */
    void delete(long id);
}
