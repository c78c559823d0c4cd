package dev.carlot.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.Order;
import dev.carlot.persistence.data.OrderStatus;
import dev.carlot.persistence.data.User;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link dev.carlot.persistence.data.Orders}. */
public abstract class OrdersContract extends ContractGroup {

    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_LIMIT);

    @Test
    void aNewOrderIsPendingAtTheGivenPrice() {
        Car car = given().anAvailableCar();
        User buyer = given().aUser();

        Order order = db().repositories().orders().create(car.id(), buyer.id(), car.sellerId(), car.price());

        assertEquals(OrderStatus.PENDING, order.status());
        assertEquals(List.of(car.id(), buyer.id(), car.sellerId()),
                List.of(order.carId(), order.buyerId(), order.sellerId()));
        assertEquals(0, car.price().compareTo(order.price()));
        assertEquals(Optional.of(order), db().repositories().orders().find(order.id()));
    }

    @Test
    void aSecondActiveOrderForTheSameCarIsAConflict() {
        Car car = given().anAvailableCar();
        given().aPendingOrderFor(car);

        var conflict = assertThrows(ConflictException.class, () -> given().aPendingOrderFor(car));
        assertEquals(Conflict.CAR_HAS_ACTIVE_ORDER, conflict.conflict());
    }

    @Test
    void aConfirmedOrderAlsoBlocksAnotherOne() {
        Car car = given().anAvailableCar();
        db().repositories().orders().setStatus(given().aPendingOrderFor(car).id(), OrderStatus.CONFIRMED);

        var conflict = assertThrows(ConflictException.class, () -> given().aPendingOrderFor(car));
        assertEquals(Conflict.CAR_HAS_ACTIVE_ORDER, conflict.conflict());
    }

    @Test
    void ofManyConcurrentOrdersForOneCarExactlyOneSucceeds() throws Exception {
        Car car = given().anAvailableCar();
        List<User> buyers = Stream.generate(given()::aUser).limit(8).toList();
        var start = new CountDownLatch(1);
        List<CompletableFuture<Optional<Conflict>>> attempts = buyers.stream()
                .map(buyer -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    try {
                        db().repositories().orders().create(car.id(), buyer.id(), car.sellerId(), car.price());
                        return Optional.<Conflict>empty();
                    } catch (ConflictException e) {
                        return Optional.of(e.conflict());
                    }
                }, Racers.THREAD_EACH))
                .toList();
        start.countDown();

        List<Optional<Conflict>> outcomes = attempts.stream().map(CompletableFuture::join).toList();
        assertEquals(1, outcomes.stream().filter(Optional::isEmpty).count());
        assertEquals(List.of(Conflict.CAR_HAS_ACTIVE_ORDER),
                outcomes.stream().flatMap(Optional::stream).distinct().toList());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void afterCancellingACarCanBeOrderedAgain() {
        Car car = given().anAvailableCar();
        db().repositories().orders().setStatus(given().aPendingOrderFor(car).id(), OrderStatus.CANCELLED);

        assertEquals(OrderStatus.PENDING, given().aPendingOrderFor(car).status());
    }

    @Test
    void reactivatingAnOrderWhileAnotherIsActiveIsAConflict() {
        Car car = given().anAvailableCar();
        Order cancelled = given().aPendingOrderFor(car);
        db().repositories().orders().setStatus(cancelled.id(), OrderStatus.CANCELLED);
        given().aPendingOrderFor(car);

        var conflict = assertThrows(ConflictException.class,
                () -> db().repositories().orders().setStatus(cancelled.id(), OrderStatus.PENDING));
        assertEquals(Conflict.CAR_HAS_ACTIVE_ORDER, conflict.conflict());
    }

    @Test
    void anOrderForAnUnknownCarOrBuyerIsNotFound() {
        Car car = given().anAvailableCar();
        User buyer = given().aUser();

        assertThrows(NotFoundException.class,
                () -> db().repositories().orders().create(Long.MAX_VALUE, buyer.id(), car.sellerId(), car.price()));
        assertThrows(NotFoundException.class,
                () -> db().repositories().orders().create(car.id(), Long.MAX_VALUE, car.sellerId(), car.price()));
    }

    @Test
    void setStatusMovesTheOrderAndStampsTheChange() {
        Order order = given().aPendingOrderFor(given().anAvailableCar());

        Order confirmed = db().repositories().orders().setStatus(order.id(), OrderStatus.CONFIRMED);

        assertEquals(OrderStatus.CONFIRMED, confirmed.status());
        assertEquals(order.createdAt(), confirmed.createdAt());
        assertEquals(true, confirmed.updatedAt().isAfter(order.updatedAt()));
    }

    @Test
    void settingTheStatusOfAnUnknownOrderIsNotFound() {
        assertThrows(NotFoundException.class, () -> db().repositories().orders().setStatus(Long.MAX_VALUE, OrderStatus.CANCELLED));
    }

    @Test
    void findingAnUnknownOrderIsEmpty() {
        assertEquals(Optional.empty(), db().repositories().orders().find(Long.MAX_VALUE));
        assertEquals(Optional.empty(), db().inTransaction(tx -> tx.orders().findForUpdate(Long.MAX_VALUE)));
    }

    @Test
    void findForUpdateReadsTheOrderInsideATransaction() {
        Order order = given().aPendingOrderFor(given().anAvailableCar());

        assertEquals(Optional.of(order), db().inTransaction(tx -> tx.orders().findForUpdate(order.id())));
    }

    @Test
    void aPartysListHoldsOrdersAsBuyerAndAsSellerNewestFirst() {
        User party = given().aSeller();
        Order asSeller = given().aPendingOrderFor(given().anAvailableCarOf(party));
        Car someoneElsesCar = given().anAvailableCar();
        Order asBuyer = db().repositories().orders().create(someoneElsesCar.id(), party.id(), someoneElsesCar.sellerId(),
                someoneElsesCar.price());
        given().aPendingOrderFor(given().anAvailableCar());

        Page<Order> page = db().repositories().orders().list(Optional.empty(), Optional.of(party.id()), ALL);
        assertEquals(List.of(asBuyer, asSeller), page.items());
        assertEquals(2, page.total());
    }

    @Test
    void statusFilterCombinesWithTheParty() {
        User seller = given().aSeller();
        Order pending = given().aPendingOrderFor(given().anAvailableCarOf(seller));
        Order cancelled = given().aPendingOrderFor(given().anAvailableCarOf(seller));
        cancelled = db().repositories().orders().setStatus(cancelled.id(), OrderStatus.CANCELLED);

        assertEquals(List.of(pending),
                db().repositories().orders().list(Optional.of(OrderStatus.PENDING), Optional.of(seller.id()), ALL).items());
        assertEquals(List.of(cancelled),
                db().repositories().orders().list(Optional.of(OrderStatus.CANCELLED), Optional.of(seller.id()), ALL).items());
    }

    @Test
    void theUnfilteredListCountsEveryOrder() {
        long before = db().repositories().orders().list(Optional.empty(), Optional.empty(), PageRequest.first(0)).total();
        Order newest = given().aPendingOrderFor(given().anAvailableCar());

        Page<Order> page = db().repositories().orders().list(Optional.empty(), Optional.empty(), PageRequest.first(1));
        assertEquals(before + 1, page.total());
        assertEquals(List.of(newest), page.items());
    }
}
