package dev.carlot.social;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Caller;
import dev.carlot.feature.JsonBody;
import dev.carlot.feature.Params;
import dev.carlot.feature.Principal;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.Review;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Set;

/** The review routes: review a car, read a car's reviews with their average, delete a review. */
final class ReviewRoutes {
    static final int MAX_COMMENT = 2000;

    private final Repositories repositories;

    ReviewRoutes(Repositories repositories) {
        this.repositories = repositories;
    }

    void register(Routes routes) {
        routes.get("/api/cars/{id}/reviews", this::list)
                .post("/api/cars/{id}/reviews", this::create)
                .delete("/api/reviews/{id}", this::delete);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Car car = car(req);
        var reviews = repositories.reviews().list(car.id(), Params.page(req));
        res.send(ReviewJson.page(reviews, repositories.reviews().averageRating(car.id())));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        Car car = car(req);
        SocialRules.checkMayReview(caller, car);
        var fields = JsonBody.fields(req).allowOnly(Set.of("rating", "comment"));
        int rating = (int) fields.requiredWhole("rating", 1, 5);
        var comment = fields.text("comment", 1, MAX_COMMENT);
        fields.validate();
        try {
            Review review = repositories.reviews().create(car.id(), caller.id(), rating, comment);
            res.status(Status.CREATED_201).send(ReviewJson.of(review));
        } catch (ConflictException e) {
            if (e.conflict() != Conflict.DUPLICATE_REVIEW) {
                throw e;
            }
            throw ApiException.conflict("You have already reviewed car " + car.id()
                    + "; delete that review to write a new one.");
        }
    }

    private void delete(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        long id = Params.id(req, "id", "review");
        Review review = repositories.reviews().find(id)
                .orElseThrow(() -> ApiException.notFound("There is no review with id " + id + "."));
        SocialRules.checkAuthor(caller, review.userId(), "review " + id, "delete");
        repositories.reviews().delete(id);
        res.status(Status.NO_CONTENT_204).send();
    }

    private Car car(ServerRequest req) {
        long id = Params.id(req, "id", "car");
        return repositories.cars().find(id)
                .orElseThrow(() -> ApiException.notFound("There is no car with id " + id + "."));
    }
}
