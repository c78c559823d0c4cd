package dev.carlot.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.market.Market;
import jakarta.json.Json;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stream of API writes by one seller and one buyer: each round lists a car and orders it, the
 * order reserving the car in the same transaction. It records what was acknowledged (2xx) and
 * every answer that was neither 2xx nor a proper 503, and checks afterwards that the data shows
 * no half-done order.
 */
final class Writes {
    private final Account seller;
    private final Account buyer;
    final Set<Long> ackedCars = ConcurrentHashMap.newKeySet();
    final Set<Long> ackedOrders = ConcurrentHashMap.newKeySet();
    final List<String> wrongAnswers = java.util.Collections.synchronizedList(new ArrayList<>());
    final java.util.concurrent.atomic.AtomicInteger unavailable = new java.util.concurrent.atomic.AtomicInteger();

    private Writes(Account seller, Account buyer) {
        this.seller = seller;
        this.buyer = buyer;
    }

    static Writes by(Http http) {
        return new Writes(Accounts.aSeller(http), Accounts.aUser(http));
    }

    /** Lists and orders cars until {@code stop} is set; a refused connection (the JVM is gone) ends it too. */
    void stream(Http http, AtomicBoolean stop) {
        while (!stop.get()) {
            try {
                round(http);
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof java.net.http.HttpTimeoutException)) {
                    return;
                }
                wrongAnswers.add("no answer within the client's timeout: " + e.getMessage());
            }
        }
    }

    /**
     * One car listed and ordered; answers other than 2xx and a proper 503 are recorded as wrong.
     * How long an answer took is not judged here: a request that never ends meets the client's
     * own timeout, which {@link #stream} records as a wrong answer.
     */
    void round(Http http) {
        Http.Answer car = http.post("/api/cars", Market.aCarBody().build(), seller.token());
        if (!acceptable(car, 201)) {
            return;
        }
        long carId = car.object().getJsonNumber("id").longValueExact();
        ackedCars.add(carId);
        Http.Answer order = http.post("/api/orders", Json.createObjectBuilder().add("carId", carId).build(),
                buyer.token());
        if (acceptable(order, 201)) {
            ackedOrders.add(order.object().getJsonNumber("id").longValueExact());
        }
    }

    private boolean acceptable(Http.Answer answer, int expected) {
        if (answer.status() == expected) {
            return true;
        }
        if (answer.status() == 503 && answer.header("Retry-After").isPresent()
                && answer.contentType().equals("application/problem+json")) {
            unavailable.incrementAndGet();
        } else {
            wrongAnswers.add(answer.status() + " " + answer.headers().map() + " " + answer.text());
        }
        return false;
    }

    /** Waits until {@code count} cars have been acknowledged in all: the writes go through. */
    void awaitAcknowledged(int count, java.time.Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (ackedCars.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(count + " writes were not acknowledged within " + within.toSeconds() + " s");
            }
            CarlotProcess.pause();
        }
    }

    /**
     * Every acknowledged car and order is there, and the reserved cars are exactly the cars of
     * pending orders: an order without its reservation, or a reservation without its order,
     * would be a half-done transaction.
     */
    void verify(CarlotProcess carlot) {
        try {
            verify(carlot.http());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\ncarlot's log:\n" + carlot.logText(), e);
        }
    }

    private void verify(Http http) {
        Set<Long> cars = ids(http, "/api/cars?sellerId=" + seller.id(), seller.token());
        Set<Long> missingCars = new HashSet<>(ackedCars);
        missingCars.removeAll(cars);
        assertEquals(Set.of(), missingCars, "acknowledged cars lost");

        Set<Long> reserved = ids(http, "/api/cars?status=reserved&sellerId=" + seller.id(), seller.token());
        Set<Long> orderedCars = new HashSet<>();
        Set<Long> orders = new HashSet<>();
        forEachItem(http, "/api/orders?status=pending", buyer.token(), item -> {
            orders.add(item.getJsonNumber("id").longValueExact());
            orderedCars.add(item.getJsonNumber("carId").longValueExact());
        });
        Set<Long> missingOrders = new HashSet<>(ackedOrders);
        missingOrders.removeAll(orders);
        assertEquals(Set.of(), missingOrders, "acknowledged orders lost");
        assertEquals(orderedCars, reserved, "reserved cars and cars of pending orders differ");
    }

    private static Set<Long> ids(Http http, String path, String token) {
        Set<Long> ids = new HashSet<>();
        forEachItem(http, path, token, item -> ids.add(item.getJsonNumber("id").longValueExact()));
        return ids;
    }

    private static void forEachItem(Http http, String path, String token,
                                    java.util.function.Consumer<jakarta.json.JsonObject> action) {
        String separator = path.contains("?") ? "&" : "?";
        for (int offset = 0; ; offset += 100) {
            Http.Answer page = http.get(path + separator + "limit=100&offset=" + offset, token);
            assertEquals(200, page.status(), page.text());
            var items = page.object().getJsonArray("items");
            items.forEach(item -> action.accept(item.asJsonObject()));
            if (items.size() < 100) {
                return;
            }
        }
    }
}
