package dev.carlot.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarFilter;
import dev.carlot.persistence.data.CarPatch;
import dev.carlot.persistence.data.CarPosition;
import dev.carlot.persistence.data.CarSort;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.Order;
import dev.carlot.persistence.data.OrderStatus;
import dev.carlot.persistence.data.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.carlot.persistence.data.Cars#delete}: a deleted listing is gone from every read of
 * cars while the orders that name it keep their history.
 */
public abstract class DeletedCarsContract extends ContractGroup {

    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_LIMIT);

    private static CarFilter brand(String brand) {
        return new CarFilter(Set.of(), Optional.empty(), Optional.of(brand), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private Order aCompletedOrderFor(Car car) {
        return db().repositories().orders().setStatus(given().aPendingOrderFor(car).id(), OrderStatus.COMPLETED);
    }

    @Test
    void aCarWithSalesHistoryIsDeletedWhileItsOrdersStay() {
        Car car = given().aCarIn(CarStatus.SOLD, given().aSeller());
        Order order = aCompletedOrderFor(car);

        db().repositories().cars().delete(car.id());

        assertEquals(Optional.empty(), db().repositories().cars().find(car.id()));
        assertEquals(Optional.of(order), db().repositories().orders().find(order.id()));
    }

    @Test
    void aCarWhoseOrderWasCancelledCanBeDeleted() {
        Car car = given().anAvailableCar();
        db().repositories().orders().setStatus(given().aPendingOrderFor(car).id(), OrderStatus.CANCELLED);

        db().repositories().cars().delete(car.id());

        assertEquals(Optional.empty(), db().repositories().cars().find(car.id()));
    }

    @Test
    void aReservedCarCannotBeDeleted() {
        Car car = given().aCarIn(CarStatus.RESERVED, given().aSeller());

        var conflict = assertThrows(ConflictException.class, () -> db().repositories().cars().delete(car.id()));
        assertEquals(Conflict.CAR_HAS_ACTIVE_ORDER, conflict.conflict());
    }

    @Test
    void aDeletedCarCannotBeDeletedFoundForUpdateOrMovedAgain() {
        Car car = given().anAvailableCar();
        db().repositories().cars().delete(car.id());

        assertThrows(NotFoundException.class, () -> db().repositories().cars().delete(car.id()));
        assertThrows(NotFoundException.class,
                () -> db().repositories().cars().transition(car.id(), CarStatus.AVAILABLE, CarStatus.ARCHIVED));
        assertEquals(Optional.empty(), db().inTransaction(tx -> tx.cars().findForUpdate(car.id())));
    }

    @Test
    void aDeletedCarCannotBeChangedByAPatchThatRacedItsDelete() {
        Car car = given().anAvailableCar();
        db().repositories().cars().delete(car.id());

        assertThrows(NotFoundException.class, () -> db().repositories().cars().update(car.id(), new CarPatch(
                Optional.of("Renamed"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())));
    }

    @Test
    void aDeletedCarLeavesEveryListAndItsTotalWhateverTheFilterOrSort() {
        User seller = given().aSeller();
        String make = Fixtures.unique("Deleted");
        Car kept = given().aCar(seller, make, "One", 2010, "10000");
        Car gone = given().aCar(seller, make, "Two", 2011, "20000");
        Car last = given().aCar(seller, make, "Three", 2012, "30000");

        db().repositories().cars().delete(gone.id());

        for (CarSort sort : CarSort.values()) {
            var page = db().repositories().cars().list(brand(make), sort, ALL);
            assertEquals(2, page.total(), sort.name());
            assertEquals(Set.of(kept.id(), last.id()), Set.copyOf(page.items().stream().map(Car::id).toList()));
        }
        var bySeller = db().repositories().cars().list(CarFilter.all().withSeller(seller.id()), CarSort.NEWEST, ALL);
        assertEquals(List.of(last.id(), kept.id()), bySeller.items().stream().map(Car::id).toList());
        assertEquals(2, bySeller.total());
        var afterLast = db().repositories().cars().listAfter(brand(make), CarSort.NEWEST, CarPosition.of(last), ALL);
        assertEquals(List.of(kept.id()), afterLast.items().stream().map(Car::id).toList());
    }

    @Test
    void theCountedTotalsDropADeletedCar() {
        Car car = given().aCarIn(CarStatus.ARCHIVED, given().aSeller());
        CarFilter archived = CarFilter.all().withStatuses(Set.of(CarStatus.ARCHIVED));
        long everyBefore = db().repositories().cars().list(CarFilter.all(), CarSort.NEWEST, PageRequest.first(1)).total();
        long archivedBefore = db().repositories().cars().list(archived, CarSort.NEWEST, PageRequest.first(1)).total();

        db().repositories().cars().delete(car.id());

        assertEquals(everyBefore - 1, db().repositories().cars().list(CarFilter.all(), CarSort.NEWEST, PageRequest.first(1)).total());
        assertEquals(archivedBefore - 1, db().repositories().cars().list(archived, CarSort.NEWEST, PageRequest.first(1)).total());
    }

    @Test
    void aDeletedCarLeavesItsFavoritesList() {
        User user = given().aUser();
        Car kept = given().anAvailableCar();
        Car gone = given().anAvailableCar();
        db().repositories().favorites().add(user.id(), kept.id());
        db().repositories().favorites().add(user.id(), gone.id());

        db().repositories().cars().delete(gone.id());

        var page = db().repositories().favorites().list(user.id(), ALL);
        assertEquals(List.of(kept), page.items());
        assertEquals(1, page.total());
    }

    @Test
    void aSellerWhoseDeletedCarsHaveNoOrdersCanBeRemoved() {
        User seller = given().aSeller();
        Car car = given().anAvailableCarOf(seller);
        db().repositories().cars().delete(car.id());

        db().repositories().users().delete(seller.id());

        assertEquals(Optional.empty(), db().repositories().users().find(seller.id()));
    }

    @Test
    void aSellerWhoseDeletedCarHasOrderHistoryStays() {
        User seller = given().aSeller();
        Car car = given().anAvailableCarOf(seller);
        Order order = aCompletedOrderFor(car);
        db().repositories().cars().delete(car.id());

        var conflict = assertThrows(ConflictException.class, () -> db().repositories().users().delete(seller.id()));
        assertEquals(Conflict.RECORD_STILL_REFERENCED, conflict.conflict());
        assertTrue(db().repositories().users().find(seller.id()).isPresent());
        assertEquals(Optional.of(order), db().repositories().orders().find(order.id()));
    }
}
