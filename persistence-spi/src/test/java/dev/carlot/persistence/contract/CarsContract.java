package dev.carlot.persistence.contract;

import static dev.carlot.persistence.contract.Fixtures.aNewCar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarPatch;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.NewCar;
import dev.carlot.persistence.data.OrderStatus;
import dev.carlot.persistence.data.User;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link dev.carlot.persistence.data.Cars}, except lists (see {@link CarListsContract}). */
public abstract class CarsContract extends ContractGroup {

    private static final CarPatch NO_CHANGE = new CarPatch(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void aNewCarIsAvailableAndKeepsEveryField() {
        User seller = given().aSeller();
        NewCar listing = aNewCar(seller.id());

        Car car = db().repositories().cars().create(listing);

        assertEquals(CarStatus.AVAILABLE, car.status());
        assertEquals(seller.id(), car.sellerId());
        assertEquals(List.of(listing.brand(), listing.model()), List.of(car.brand(), car.model()));
        assertEquals(listing.year(), car.year());
        assertEquals(0, listing.price().compareTo(car.price()));
        assertEquals(listing.mileage(), car.mileage());
        assertEquals(listing.color(), car.color());
        assertEquals(listing.description(), car.description());
        assertEquals(listing.images(), car.images());
        assertEquals(Optional.of(car), db().repositories().cars().find(car.id()));
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        User seller = given().aSeller();
        Car car = db().repositories().cars().create(new NewCar(seller.id(), "Fiat", "Panda", 2004, new BigDecimal("900"), 0,
                Optional.empty(), Optional.empty(), List.of()));

        assertEquals(Optional.empty(), car.color());
        assertEquals(Optional.empty(), car.description());
        assertEquals(List.of(), car.images());
    }

    @Test
    void aCarOfAnUnknownSellerIsNotFound() {
        assertThrows(NotFoundException.class, () -> db().repositories().cars().create(aNewCar(Long.MAX_VALUE)));
    }

    @Test
    void valuesOutsideTheRulesAreInvalidData() {
        long seller = given().aSeller().id();
        NewCar valid = aNewCar(seller);
        List<NewCar> invalid = List.of(
                new NewCar(seller, valid.brand(), valid.model(), 1885, valid.price(), 0, valid.color(),
                        valid.description(), valid.images()),
                new NewCar(seller, valid.brand(), valid.model(), 2020, BigDecimal.ZERO, 0, valid.color(),
                        valid.description(), valid.images()),
                new NewCar(seller, valid.brand(), valid.model(), 2020, valid.price(), -1, valid.color(),
                        valid.description(), valid.images()),
                new NewCar(seller, "", valid.model(), 2020, valid.price(), 0, valid.color(),
                        valid.description(), valid.images()),
                new NewCar(seller, valid.brand(), "m".repeat(81), 2020, valid.price(), 0, valid.color(),
                        valid.description(), valid.images()));
        for (NewCar car : invalid) {
            assertThrows(InvalidDataException.class, () -> db().repositories().cars().create(car), car.toString());
        }
    }

    @Test
    void findingAnUnknownCarIsEmpty() {
        assertEquals(Optional.empty(), db().repositories().cars().find(Long.MAX_VALUE));
        assertEquals(Optional.empty(), db().inTransaction(tx -> tx.cars().findForUpdate(Long.MAX_VALUE)));
    }

    @Test
    void findForUpdateReadsTheCarInsideATransaction() {
        Car car = given().anAvailableCar();

        assertEquals(Optional.of(car), db().inTransaction(tx -> tx.cars().findForUpdate(car.id())));
    }

    @Test
    void updateChangesOnlyWhatThePatchHolds() {
        Car car = given().anAvailableCar();

        Car repriced = db().repositories().cars().update(car.id(), new CarPatch(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new BigDecimal("14500.00")), Optional.of(43_000), Optional.empty(),
                Optional.empty(), Optional.of(List.of("https://img.example.com/new.jpg"))));

        assertEquals(0, new BigDecimal("14500").compareTo(repriced.price()));
        assertEquals(43_000, repriced.mileage());
        assertEquals(List.of("https://img.example.com/new.jpg"), repriced.images());
        assertEquals(car.brand(), repriced.brand());
        assertEquals(car.color(), repriced.color());
        assertEquals(car.status(), repriced.status());
        assertTrue(repriced.updatedAt().isAfter(car.updatedAt()));
    }

    @Test
    void anEmptyPatchChangesNoField() {
        Car car = given().anAvailableCar();

        Car same = db().repositories().cars().update(car.id(), NO_CHANGE);

        assertEquals(car, new Car(same.id(), same.sellerId(), same.brand(), same.model(), same.year(), same.price(),
                same.mileage(), same.color(), same.description(), same.images(), same.status(), same.createdAt(),
                car.updatedAt()));
    }

    @Test
    void updatingAnUnknownCarIsNotFound() {
        assertThrows(NotFoundException.class, () -> db().repositories().cars().update(Long.MAX_VALUE, NO_CHANGE));
    }

    @Test
    void transitionMovesACarOnlyFromTheExpectedStatus() {
        Car car = given().anAvailableCar();

        Car reserved = db().repositories().cars().transition(car.id(), CarStatus.AVAILABLE, CarStatus.RESERVED).orElseThrow();
        assertEquals(CarStatus.RESERVED, reserved.status());

        assertEquals(Optional.empty(), db().repositories().cars().transition(car.id(), CarStatus.AVAILABLE, CarStatus.ARCHIVED));
        assertEquals(CarStatus.RESERVED, db().repositories().cars().find(car.id()).orElseThrow().status());
    }

    @Test
    void transitionOfAnUnknownCarIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> db().repositories().cars().transition(Long.MAX_VALUE, CarStatus.AVAILABLE, CarStatus.ARCHIVED));
    }

    @Test
    void aDeletedCarIsGone() {
        Car car = given().anAvailableCar();

        db().repositories().cars().delete(car.id());

        assertEquals(Optional.empty(), db().repositories().cars().find(car.id()));
    }

    @Test
    void deletingAnUnknownCarIsNotFound() {
        assertThrows(NotFoundException.class, () -> db().repositories().cars().delete(Long.MAX_VALUE));
    }

    @Test
    void aCarWithAPendingOrConfirmedOrderCannotBeDeleted() {
        Car pending = given().anAvailableCar();
        given().aPendingOrderFor(pending);
        Car confirmed = given().anAvailableCar();
        db().repositories().orders().setStatus(given().aPendingOrderFor(confirmed).id(), OrderStatus.CONFIRMED);

        for (Car car : List.of(pending, confirmed)) {
            var conflict = assertThrows(ConflictException.class, () -> db().repositories().cars().delete(car.id()));
            assertEquals(Conflict.CAR_HAS_ACTIVE_ORDER, conflict.conflict());
        }
    }
}
