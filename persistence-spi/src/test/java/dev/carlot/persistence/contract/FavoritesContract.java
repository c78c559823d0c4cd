package dev.carlot.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link dev.carlot.persistence.data.Favorites}. */
public abstract class FavoritesContract extends ContractGroup {

    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_LIMIT);

    @Test
    void favoritesAreListedMostRecentlyAddedFirst() {
        User user = given().aUser();
        Car first = given().anAvailableCar();
        Car second = given().anAvailableCar();
        db().repositories().favorites().add(user.id(), second.id());
        db().repositories().favorites().add(user.id(), first.id());

        Page<Car> page = db().repositories().favorites().list(user.id(), ALL);
        assertEquals(List.of(first, second), page.items());
        assertEquals(2, page.total());
    }

    @Test
    void addingTwiceKeepsOneFavorite() {
        User user = given().aUser();
        Car car = given().anAvailableCar();

        db().repositories().favorites().add(user.id(), car.id());
        db().repositories().favorites().add(user.id(), car.id());

        assertEquals(1, db().repositories().favorites().list(user.id(), ALL).total());
    }

    @Test
    void removingIsIdempotent() {
        User user = given().aUser();
        Car car = given().anAvailableCar();
        db().repositories().favorites().add(user.id(), car.id());

        db().repositories().favorites().remove(user.id(), car.id());
        db().repositories().favorites().remove(user.id(), car.id());

        assertEquals(0, db().repositories().favorites().list(user.id(), ALL).total());
    }

    @Test
    void favoriteOfAnUnknownCarOrUserIsNotFound() {
        User user = given().aUser();
        Car car = given().anAvailableCar();

        assertThrows(NotFoundException.class, () -> db().repositories().favorites().add(user.id(), Long.MAX_VALUE));
        assertThrows(NotFoundException.class, () -> db().repositories().favorites().add(Long.MAX_VALUE, car.id()));
    }

    @Test
    void pagesOfFavoritesHaveTheExactTotal() {
        User user = given().aUser();
        for (int i = 0; i < 3; i++) {
            db().repositories().favorites().add(user.id(), given().anAvailableCar().id());
        }

        Page<Car> page = db().repositories().favorites().list(user.id(), new PageRequest(2, 2));
        assertEquals(3, page.total());
        assertEquals(1, page.items().size());
    }

    @Test
    void aDeletedCarLeavesTheFavorites() {
        User user = given().aUser();
        Car car = given().anAvailableCar();
        db().repositories().favorites().add(user.id(), car.id());

        db().repositories().cars().delete(car.id());

        assertEquals(0, db().repositories().favorites().list(user.id(), ALL).total());
    }
}
