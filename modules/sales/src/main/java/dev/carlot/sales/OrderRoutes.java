package dev.carlot.sales;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Caller;
import dev.carlot.feature.Fields;
import dev.carlot.feature.JsonBody;
import dev.carlot.feature.JsonOut;
import dev.carlot.feature.Params;
import dev.carlot.feature.Principal;
import dev.carlot.feature.Problem;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.UnitOfWork;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.Order;
import dev.carlot.persistence.data.OrderStatus;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.Set;

/** The handlers of {@code /api/orders}. */
final class OrderRoutes {
    private final Repositories repositories;
    private final UnitOfWork transactions;
    private final int maxPendingOrders;

    OrderRoutes(Repositories repositories, UnitOfWork transactions, int maxPendingOrders) {
        this.repositories = repositories;
        this.transactions = transactions;
        this.maxPendingOrders = maxPendingOrders;
    }

    void register(Routes routes) {
        routes.post("/api/orders", this::place)
                .get("/api/orders", this::list)
                .get("/api/orders/{id}", this::get)
                .patch("/api/orders/{id}", this::change);
    }

    private void place(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        Fields fields = JsonBody.fields(req).allowOnly(Set.of("carId"));
        long carId = fields.requiredWhole("carId", 1, Long.MAX_VALUE);
        fields.validate();
        Order order;
        try {
            order = transactions.inTransaction(tx -> {
                Car car = tx.cars().find(carId).orElseThrow(() ->
                        ApiException.notFound("There is no car with id " + carId + "."));
                if (car.sellerId() == caller.id()) {
                    throw ApiException.forbidden("You cannot order a car you are selling.");
                }
                // Counted behind a lock on the buyer: one buyer's parallel orders take turns here,
                // so none of them sees a count that another is about to raise.
                if (tx.orders().countPendingForUpdate(caller.id()) >= maxPendingOrders) {
                    throw tooManyPending();
                }
                // The conditional update, not the read above, settles a race: the database lets
                // exactly one transaction move the car out of 'available'.
                Car reserved = tx.cars().transition(carId, CarStatus.AVAILABLE, CarStatus.RESERVED)
                        .orElseThrow(() -> notAvailable(car));
                return tx.orders().create(carId, caller.id(), reserved.sellerId(), reserved.price());
            });
        } catch (ConflictException e) {
            if (e.conflict() != Conflict.CAR_HAS_ACTIVE_ORDER) {
                throw e;
            }
            throw ApiException.conflict("The car already has a pending or confirmed order; it is not available.");
        }
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/orders/" + order.id())
                .send(OrderJson.of(order));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        Optional<OrderStatus> status = Params.oneOf(req, "status", OrderStatus.class);
        // A seller who also buys sees both sides: the party filter matches buyer or seller.
        Optional<Long> party = caller.isAdmin() ? Optional.empty() : Optional.of(caller.id());
        res.send(JsonOut.page(repositories.orders().list(status, party, Params.page(req)), OrderJson::of).build());
    }

    private void get(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        long id = Params.id(req, "id", "order");
        res.send(OrderJson.of(visible(repositories.orders().find(id), caller, id)));
    }

    private void change(ServerRequest req, ServerResponse res) {
        Principal caller = Caller.required(req);
        long id = Params.id(req, "id", "order");
        visible(repositories.orders().find(id), caller, id);
        Fields fields = JsonBody.fields(req).allowOnly(Set.of("status"));
        String word = fields.requiredText("status", 1, 40);
        fields.validate();
        OrderStatus to = Params.parse("status", word, OrderStatus.class);
        Order changed = transactions.inTransaction(tx -> {
            Order order = visible(tx.orders().findForUpdate(id), caller, id);
            OrderParty party = OrderParty.of(order, caller).orElseThrow();
            OrderTransitions.require(order.status(), to, party).ifPresent(carAfter ->
                    tx.cars().transition(order.carId(), CarStatus.RESERVED, carAfter).orElseThrow(() ->
                            ApiException.conflict("The order's car is no longer reserved, so the order cannot"
                                    + " change; ask an admin to look into car " + order.carId() + ".")));
            return tx.orders().setStatus(id, to);
        });
        res.send(OrderJson.of(changed));
    }

    private ApiException tooManyPending() {
        return new ApiException(Problem.of(409, "too-many-pending-orders", "Too many pending orders",
                "You already hold " + maxPendingOrders + " pending orders, the most one buyer may; cancel one, or"
                        + " wait until a seller confirms one or it expires, before ordering another car."));
    }

    private static ApiException notAvailable(Car car) {
        return ApiException.conflict(car.status() == CarStatus.AVAILABLE
                ? "Another order reserved the car a moment ago; it is no longer available."
                : "The car is " + car.status().wire() + ", not available, so it cannot be ordered.");
    }

    /** The order if the caller is a party to it; otherwise the same 404 as for an unknown id. */
    private static Order visible(Optional<Order> order, Principal caller, long id) {
        return order.filter(o -> OrderParty.of(o, caller).isPresent())
                .orElseThrow(() -> ApiException.notFound("There is no order with id " + id + "."));
    }
}
