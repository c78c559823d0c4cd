package dev.carlot.social;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Caller;
import dev.carlot.feature.JsonBody;
import dev.carlot.feature.JsonOut;
import dev.carlot.feature.Params;
import dev.carlot.feature.Principal;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.Post;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** The board: anyone reads posts, signed-in users write them, authors and admins edit and delete them. */
final class PostRoutes {
    private final Repositories repositories;

    PostRoutes(Repositories repositories) {
        this.repositories = repositories;
    }

    void register(Routes routes) {
        routes.get("/api/posts", this::list)
                .post("/api/posts", this::create)
                .get("/api/posts/{id}", this::get)
                .patch("/api/posts/{id}", this::update)
                .delete("/api/posts/{id}", this::delete);
    }

    private void list(ServerRequest req, ServerResponse res) {
        var authorId = Params.whole(req, "authorId", 1, Long.MAX_VALUE);
        var posts = repositories.posts().list(authorId, Params.page(req));
        res.send(JsonOut.page(posts, PostJson::of).build());
    }

    private void create(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        PostText text = PostText.required(JsonBody.fields(req));
        Post post = repositories.posts().create(caller.id(), text.title().orElseThrow(), text.content().orElseThrow());
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/posts/" + post.id()).send(PostJson.of(post));
    }

    private void get(ServerRequest req, ServerResponse res) {
        res.send(PostJson.of(post(req)));
    }

    private void update(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        Post post = post(req);
        SocialRules.checkAuthor(caller, post.authorId(), "post " + post.id(), "edit");
        PostText text = PostText.optional(JsonBody.fields(req));
        // An empty patch changes nothing, so it does not touch updatedAt either.
        Post changed = text.isEmpty() ? post : repositories.posts().update(post.id(), text.title(), text.content());
        res.send(PostJson.of(changed));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        Post post = post(req);
        SocialRules.checkAuthor(caller, post.authorId(), "post " + post.id(), "delete");
        repositories.posts().delete(post.id());
        res.status(Status.NO_CONTENT_204).send();
    }

    private Post post(ServerRequest req) {
        long id = Params.id(req, "id", "post");
        return repositories.posts().find(id)
                .orElseThrow(() -> ApiException.notFound("There is no post with id " + id + "."));
    }
}
