package dev.carlot.engagement;

import dev.carlot.feature.CarJson;
import dev.carlot.feature.Caller;
import dev.carlot.feature.JsonOut;
import dev.carlot.feature.Params;
import dev.carlot.feature.Principal;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Repositories;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The caller's favorite cars. Marking and unmarking are idempotent, so a client can repeat
 * them after a lost answer without checking first.
 */
final class FavoriteRoutes {
    private final Repositories repositories;

    FavoriteRoutes(Repositories repositories) {
        this.repositories = repositories;
    }

    void register(Routes routes) {
        routes.get("/api/users/me/favorites", this::list)
                .put("/api/users/me/favorites/{carId}", this::add)
                .delete("/api/users/me/favorites/{carId}", this::remove);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        var cars = repositories.favorites().list(caller.id(), Params.page(req));
        res.send(JsonOut.page(cars, CarJson::of).build());
    }

    private void add(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        repositories.favorites().add(caller.id(), knownCar(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    private void remove(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        repositories.favorites().remove(caller.id(), knownCar(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    /** The path's car id; an unknown car is a 404 for both adding and removing, as for any unknown id. */
    private long knownCar(ServerRequest req) {
        return KnownCars.require(repositories.cars(), Params.id(req, "carId", "car")).id();
    }
}
