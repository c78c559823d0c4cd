package dev.carlot.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.Review;
import dev.carlot.persistence.data.User;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link dev.carlot.persistence.data.Reviews}. */
public abstract class ReviewsContract extends ContractGroup {

    private Review aReviewOf(Car car, int rating) {
        return db().repositories().reviews().create(car.id(), given().aUser().id(), rating, Optional.of("Drives well."));
    }

    @Test
    void aReviewIsStoredAsGiven() {
        Car car = given().anAvailableCar();
        User reviewer = given().aUser();

        Review review = db().repositories().reviews().create(car.id(), reviewer.id(), 4, Optional.of("Comfortable."));

        assertEquals(List.of(car.id(), reviewer.id()), List.of(review.carId(), review.userId()));
        assertEquals(4, review.rating());
        assertEquals(Optional.of("Comfortable."), review.comment());
        assertEquals(Optional.of(review), db().repositories().reviews().find(review.id()));
    }

    @Test
    void aSecondReviewOfTheSameCarByTheSameUserIsAConflict() {
        Car car = given().anAvailableCar();
        User reviewer = given().aUser();
        db().repositories().reviews().create(car.id(), reviewer.id(), 5, Optional.empty());

        var conflict = assertThrows(ConflictException.class,
                () -> db().repositories().reviews().create(car.id(), reviewer.id(), 1, Optional.empty()));
        assertEquals(Conflict.DUPLICATE_REVIEW, conflict.conflict());
    }

    @Test
    void aRatingOutsideOneToFiveIsInvalidData() {
        Car car = given().anAvailableCar();
        User reviewer = given().aUser();

        assertThrows(InvalidDataException.class,
                () -> db().repositories().reviews().create(car.id(), reviewer.id(), 0, Optional.empty()));
        assertThrows(InvalidDataException.class,
                () -> db().repositories().reviews().create(car.id(), reviewer.id(), 6, Optional.empty()));
    }

    @Test
    void aReviewOfAnUnknownCarIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> db().repositories().reviews().create(Long.MAX_VALUE, given().aUser().id(), 3, Optional.empty()));
    }

    @Test
    void aCarsReviewsAreListedNewestFirst() {
        Car car = given().anAvailableCar();
        Review first = aReviewOf(car, 3);
        Review second = aReviewOf(car, 5);
        aReviewOf(given().anAvailableCar(), 1);

        Page<Review> page = db().repositories().reviews().list(car.id(), PageRequest.first(10));
        assertEquals(List.of(second, first), page.items());
        assertEquals(2, page.total());
    }

    @Test
    void theAverageRatingIsEmptyWithoutReviewsAndTheMeanWithThem() {
        Car car = given().anAvailableCar();
        assertEquals(Optional.empty(), db().repositories().reviews().averageRating(car.id()));

        aReviewOf(car, 4);
        aReviewOf(car, 5);
        aReviewOf(car, 5);

        BigDecimal average = db().repositories().reviews().averageRating(car.id()).orElseThrow();
        assertEquals(0, new BigDecimal("4.67").compareTo(average.setScale(2, RoundingMode.HALF_UP)));
    }

    @Test
    void aDeletedReviewIsGone() {
        Review review = aReviewOf(given().anAvailableCar(), 2);

        db().repositories().reviews().delete(review.id());

        assertEquals(Optional.empty(), db().repositories().reviews().find(review.id()));
        assertThrows(NotFoundException.class, () -> db().repositories().reviews().delete(review.id()));
    }
}
