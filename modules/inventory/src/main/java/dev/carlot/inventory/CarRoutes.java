package dev.carlot.inventory;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Caller;
import dev.carlot.feature.CarJson;
import dev.carlot.feature.Fields;
import dev.carlot.feature.JsonBody;
import dev.carlot.feature.JsonOut;
import dev.carlot.feature.Params;
import dev.carlot.feature.Principal;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.UnitOfWork;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarPosition;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.Cars;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

/** The handlers of {@code /api/cars}. */
final class CarRoutes {
    private final Repositories repositories;
    private final UnitOfWork transactions;
    private final Clock clock;

    CarRoutes(Repositories repositories, UnitOfWork transactions, Clock clock) {
        this.repositories = repositories;
        this.transactions = transactions;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.get("/api/cars", this::list)
                .get("/api/cars/{id}", this::get)
                .post("/api/cars", this::create)
                .patch("/api/cars/{id}", this::change)
                .delete("/api/cars/{id}", this::delete);
    }

    /**
     * A page, and in {@code next} the cursor that continues after its last car when the page is
     * full (null when it is not): {@code ?after=} pages cost the same at any depth.
     */
    private void list(ServerRequest req, ServerResponse res) {
        CarQuery query = CarQuery.from(req);
        Cars cars = repositories.cars();
        Page<Car> page = query.after()
                .map(after -> cars.listAfter(query.filter(), query.sort(), after, query.page()))
                .orElseGet(() -> cars.list(query.filter(), query.sort(), query.page()));
        Optional<String> next = page.items().size() < page.limit() || page.items().isEmpty() ? Optional.empty()
                : Optional.of(CarCursor.encode(CarPosition.of(page.items().getLast())));
        res.send(JsonOut.page(page, CarJson::of).add("next", next).build());
    }

    private void get(ServerRequest req, ServerResponse res) {
        long id = Params.id(req, "id", "car");
        res.send(CarJson.of(existing(repositories.cars().find(id), id)));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        if (caller.role() == Role.USER) {
            throw ApiException.forbidden("Only sellers and admins may list cars; this account has the role 'user'.");
        }
        Fields fields = JsonBody.fields(req);
        Optional<Long> sellerId = fields.whole("sellerId", 1, Long.MAX_VALUE);
        if (sellerId.isPresent() && !caller.isAdminOr(sellerId.get())) {
            throw ApiException.forbidden("Only an admin may list a car for another seller; leave out 'sellerId'.");
        }
        CarInput input = CarInput.forCreate(fields, currentYear());
        fields.validate();
        long seller = sellerId.orElse(caller.id());
        if (seller != caller.id()) {
            requireSellerAccount(seller);
        }
        Car car = repositories.cars().create(input.toNewCar(seller));
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/cars/" + car.id()).send(CarJson.of(car));
    }

    private void change(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        long id = Params.id(req, "id", "car");
        requireOwner(caller, existing(repositories.cars().find(id), id));
        Fields fields = JsonBody.fields(req);
        CarInput input = CarInput.forPatch(fields, currentYear());
        Optional<CarStatus> status = CarStatusChange.read(fields);
        fields.validate();
        Car changed = transactions.inTransaction(tx -> {
            Car car = existing(tx.cars().findForUpdate(id), id);
            if (status.isPresent() && CarStatusChange.needed(car.status(), status.get())) {
                car = tx.cars().transition(id, car.status(), status.get()).orElseThrow(() -> ApiException.conflict(
                        "The car's status changed while it was being edited; load it again and retry."));
            }
            return input.changesNothing() ? car : tx.cars().update(id, input.toPatch());
        });
        res.send(CarJson.of(changed));
    }

    /**
     * Deletes the listing, softly: it leaves every list and GET, while the orders that name it
     * stay, as the sales history they are. Refused only while one of them is pending or confirmed.
     */
    private void delete(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        long id = Params.id(req, "id", "car");
        requireOwner(caller, existing(repositories.cars().find(id), id));
        try {
            repositories.cars().delete(id);
        } catch (ConflictException e) {
            if (e.conflict() != Conflict.CAR_HAS_ACTIVE_ORDER) {
                throw e;
            }
            throw ApiException.conflict("The car has a pending or confirmed order; cancel or complete the order"
                    + " before deleting the car.");
        }
        res.status(Status.NO_CONTENT_204).send();
    }

    private void requireSellerAccount(long userId) {
        User user = repositories.users().find(userId).orElseThrow(() ->
                ApiException.notFound("There is no user with id " + userId + " to list the car for."));
        if (user.role() == Role.USER) {
            throw ApiException.invalid("sellerId", "must be the id of a seller or admin account");
        }
    }

    private static void requireOwner(Principal caller, Car car) {
        if (!caller.isAdminOr(car.sellerId())) {
            throw ApiException.forbidden("Only the car's seller or an admin may change or delete it.");
        }
    }

    private static Car existing(Optional<Car> car, long id) {
        return car.orElseThrow(() -> ApiException.notFound("There is no car with id " + id + "."));
    }

    private int currentYear() {
        return clock.instant().atZone(ZoneOffset.UTC).getYear();
    }
}
