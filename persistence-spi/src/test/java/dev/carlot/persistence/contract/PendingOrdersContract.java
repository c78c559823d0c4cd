package dev.carlot.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.Order;
import dev.carlot.persistence.data.OrderStatus;
import dev.carlot.persistence.data.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.carlot.persistence.data.Orders#countPendingForUpdate} and
 * {@link dev.carlot.persistence.data.Orders#expirePending}: the two halves of "a buyer cannot hold
 * every car", each under concurrency.
 */
public abstract class PendingOrdersContract extends ContractGroup {

    /** Orders placed as the sales feature places them: the car reserved in the same transaction. */
    private Order placed(Car car, User buyer) {
        return db().inTransaction(tx -> {
            tx.cars().transition(car.id(), CarStatus.AVAILABLE, CarStatus.RESERVED).orElseThrow();
            return tx.orders().create(car.id(), buyer.id(), car.sellerId(), car.price());
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void onlyTheBuyersPendingOrdersCount() {
        User buyer = given().aUser();
        placed(given().anAvailableCar(), buyer);
        placed(given().anAvailableCar(), buyer);
        Order confirmed = placed(given().anAvailableCar(), buyer);
        db().repositories().orders().setStatus(confirmed.id(), OrderStatus.CONFIRMED);
        placed(given().anAvailableCar(), given().aUser());

        assertEquals(Integer.valueOf(2), db().inTransaction(tx -> tx.orders().countPendingForUpdate(buyer.id())));
    }

    @Test
    void aCapCheckedOnTheLockedCountHoldsForParallelOrdersOfOneBuyer() {
        int cap = 2;
        User buyer = given().aUser();
        List<Car> cars = Stream.generate(given()::anAvailableCar).limit(8).toList();
        var start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> attempts = cars.stream()
                .map(car -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return db().inTransaction(tx -> {
                        if (tx.orders().countPendingForUpdate(buyer.id()) >= cap) {
                            return false;
                        }
                        tx.orders().create(car.id(), buyer.id(), car.sellerId(), car.price());
                        return true;
                    });
                }, Racers.THREAD_EACH))
                .toList();
        start.countDown();

        assertEquals(cap, attempts.stream().map(CompletableFuture::join).filter(placed -> placed).count());
        assertEquals(Integer.valueOf(cap), db().inTransaction(tx -> tx.orders().countPendingForUpdate(buyer.id())));
    }

    @Test
    void anExpiredOrderIsCancelledAndItsCarAvailableAgain() {
        Car car = given().anAvailableCar();
        Order order = placed(car, given().aUser());

        List<Order> expired = db().repositories().orders().expirePending(Duration.ZERO, 1_000);

        Order cancelled = expired.stream().filter(o -> o.id() == order.id()).findFirst().orElseThrow();
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(OrderStatus.CANCELLED, db().repositories().orders().find(order.id()).orElseThrow().status());
        assertEquals(CarStatus.AVAILABLE, db().repositories().cars().find(car.id()).orElseThrow().status());
    }

    @Test
    void ordersYoungerThanTheAgeAndOrdersNoLongerPendingStay() {
        Car young = given().anAvailableCar();
        Order pending = placed(young, given().aUser());
        Car bought = given().anAvailableCar();
        Order confirmed = db().repositories().orders().setStatus(placed(bought, given().aUser()).id(), OrderStatus.CONFIRMED);

        List<Long> expired = ids(db().repositories().orders().expirePending(Duration.ofDays(1), 1_000));
        List<Long> expiredNow = ids(db().repositories().orders().expirePending(Duration.ZERO, 1_000));

        assertTrue(!expired.contains(pending.id()) && !expired.contains(confirmed.id()), expired.toString());
        assertTrue(expiredNow.contains(pending.id()), expiredNow.toString());
        assertEquals(OrderStatus.CONFIRMED, db().repositories().orders().find(confirmed.id()).orElseThrow().status());
        assertEquals(CarStatus.RESERVED, db().repositories().cars().find(bought.id()).orElseThrow().status());
    }

    @Test
    void concurrentExpiriesCancelEachOrderExactlyOnce() {
        List<Long> mine = Stream.generate(given()::anAvailableCar).limit(24)
                .map(car -> placed(car, given().aUser()).id()).toList();
        var start = new CountDownLatch(1);
        List<CompletableFuture<List<Long>>> runs = Stream.generate(() -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    List<Long> cancelled = new ArrayList<>();
                    List<Order> batch;
                    do {
                        batch = db().repositories().orders().expirePending(Duration.ZERO, 3);
                        cancelled.addAll(ids(batch));
                    } while (!batch.isEmpty());
                    return cancelled;
                }, Racers.THREAD_EACH))
                .limit(4).toList();
        start.countDown();

        List<Long> all = runs.stream().map(CompletableFuture::join).flatMap(Collection::stream).toList();
        assertEquals(all.size(), Set.copyOf(all).size(), "an order was cancelled twice: " + all);
        assertTrue(all.containsAll(mine), all.toString());
        mine.forEach(id -> assertEquals(OrderStatus.CANCELLED, db().repositories().orders().find(id).orElseThrow().status()));
    }

    private static List<Long> ids(List<Order> orders) {
        return orders.stream().map(Order::id).toList();
    }
}
