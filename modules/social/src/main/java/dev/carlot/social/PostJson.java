package dev.carlot.social;

import dev.carlot.feature.JsonOut;
import dev.carlot.persistence.data.Post;
import jakarta.json.JsonObject;

/** A post as api.md shows it. */
final class PostJson {
    private PostJson() {
    }

    static JsonObject of(Post post) {
        return JsonOut.object()
                .add("id", post.id())
                .add("authorId", post.authorId())
                .add("title", post.title())
                .add("content", post.content())
                .add("createdAt", post.createdAt())
                .add("updatedAt", post.updatedAt())
                .build();
    }
}
