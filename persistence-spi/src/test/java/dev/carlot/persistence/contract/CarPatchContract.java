package dev.carlot.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarPatch;
import dev.carlot.persistence.data.CarPatch.Clearable;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link dev.carlot.persistence.data.Cars#update}: leaving, setting and clearing the optional fields. */
public abstract class CarPatchContract extends ContractGroup {

    @Test
    void clearingTheColorRemovesItAndKeepsTheDescription() {
        Car car = given().anAvailableCar();

        Car cleared = db().repositories().cars().update(car.id(), patch(Optional.empty(), Optional.empty(), Set.of(Clearable.COLOR)));

        assertEquals(Optional.empty(), cleared.color());
        assertEquals(car.description(), cleared.description());
        assertEquals(cleared, db().repositories().cars().find(car.id()).orElseThrow());
    }

    @Test
    void clearingTheDescriptionRemovesItAndKeepsTheColor() {
        Car car = given().anAvailableCar();

        Car cleared = db().repositories().cars().update(car.id(), patch(Optional.empty(), Optional.empty(),
                Set.of(Clearable.DESCRIPTION)));

        assertEquals(Optional.empty(), cleared.description());
        assertEquals(car.color(), cleared.color());
    }

    @Test
    void oneChangeSetsOneFieldAndClearsTheOther() {
        Car car = given().anAvailableCar();

        Car changed = db().repositories().cars().update(car.id(), patch(Optional.of("red"), Optional.empty(),
                Set.of(Clearable.DESCRIPTION)));

        assertEquals(Optional.of("red"), changed.color());
        assertEquals(Optional.empty(), changed.description());
    }

    @Test
    void aClearedFieldCanBeSetAgain() {
        Car car = given().anAvailableCar();
        db().repositories().cars().update(car.id(), patch(Optional.empty(), Optional.empty(), Set.of(Clearable.COLOR,
                Clearable.DESCRIPTION)));

        Car again = db().repositories().cars().update(car.id(), patch(Optional.of("green"), Optional.of("Repainted."), Set.of()));

        assertEquals(Optional.of("green"), again.color());
        assertEquals(Optional.of("Repainted."), again.description());
    }

    private static CarPatch patch(Optional<String> color, Optional<String> description, Set<Clearable> cleared) {
        return new CarPatch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                color, description, Optional.empty(), cleared);
    }
}
