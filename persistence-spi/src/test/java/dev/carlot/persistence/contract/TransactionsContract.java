package dev.carlot.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarPatch;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.Order;
import dev.carlot.persistence.data.User;
import dev.carlot.persistence.data.UserPatch;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link dev.carlot.persistence.Persistence#inTransaction}: all of the work, or none of it. */
public abstract class TransactionsContract extends ContractGroup {

    @Test
    void workThatReturnsIsCommittedAndItsResultHandedBack() {
        Car car = given().anAvailableCar();
        User buyer = given().aUser();

        Order order = db().inTransaction(tx -> {
            tx.cars().transition(car.id(), CarStatus.AVAILABLE, CarStatus.RESERVED).orElseThrow();
            return tx.orders().create(car.id(), buyer.id(), car.sellerId(), car.price());
        });

        assertEquals(Optional.of(order), db().repositories().orders().find(order.id()));
        assertEquals(CarStatus.RESERVED, db().repositories().cars().find(car.id()).orElseThrow().status());
    }

    @Test
    void workThatThrowsIsRolledBackAndTheExceptionPassesThrough() {
        Car car = given().anAvailableCar();
        IllegalStateException failure = new IllegalStateException("changed my mind");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db().inTransaction(tx -> {
            tx.cars().transition(car.id(), CarStatus.AVAILABLE, CarStatus.ARCHIVED).orElseThrow();
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(CarStatus.AVAILABLE, db().repositories().cars().find(car.id()).orElseThrow().status());
    }

    @Test
    void aDatabaseRefusalInsideTheWorkUndoesTheEarlierWrites() {
        Car car = given().anAvailableCar();
        given().aPendingOrderFor(car);
        User buyer = given().aUser();

        var conflict = assertThrows(ConflictException.class, () -> db().inTransaction(tx -> {
            tx.cars().update(car.id(), new CarPatch(Optional.of("Renamed"),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
            return tx.orders().create(car.id(), buyer.id(), car.sellerId(), car.price());
        }));

        assertEquals(Conflict.CAR_HAS_ACTIVE_ORDER, conflict.conflict());
        assertEquals(car.brand(), db().repositories().cars().find(car.id()).orElseThrow().brand());
    }

    @Test
    void workWithoutStatementsReturnsItsResult() {
        assertEquals("nothing to do", db().inTransaction(tx -> "nothing to do"));
    }

    @Test
    void readsInsideTheWorkSeeItsOwnWrites() {
        User seller = given().aSeller();

        String name = db().inTransaction(tx -> {
            tx.users().update(seller.id(), new UserPatch(Optional.of("Inside"),
                    Optional.empty(), Optional.empty()));
            return tx.users().find(seller.id()).orElseThrow().name();
        });

        assertEquals("Inside", name);
    }
}
