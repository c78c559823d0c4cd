package dev.carlot.persistence.data;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import java.math.BigDecimal;
import java.util.Optional;

/** Reviews of cars; one per user per car. */
public interface Reviews {

    /**
     * @throws dev.carlot.persistence.ConflictException ({@link dev.carlot.persistence.Conflict#DUPLICATE_REVIEW})
     *         for a second review of the same car by the same user
     */
    Review create(long carId, long userId, int rating, Optional<String> comment);

    /** The review with this id, or empty when there is none. */
    Optional<Review> find(long id);

    /** Newest first. */
    Page<Review> list(long carId, PageRequest page);

    /** The mean rating of a car, empty when it has no reviews. */
    Optional<BigDecimal> averageRating(long carId);

    /** @throws dev.carlot.persistence.NotFoundException for an unknown id */
    void delete(long id);
}
