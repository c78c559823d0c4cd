package dev.carlot.social;

import dev.carlot.feature.JsonOut;
import dev.carlot.feature.Jsonp;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.data.Review;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Reviews as api.md shows them. */
final class ReviewJson {
    private ReviewJson() {
    }

    static JsonObject of(Review review) {
        return JsonOut.object()
                .add("id", review.id())
                .add("carId", review.carId())
                .add("userId", review.userId())
                .add("rating", review.rating())
                .add("comment", review.comment())
                .add("createdAt", review.createdAt())
                .build();
    }

    /** A page of a car's reviews plus the mean of all of them (not just this page's). */
    static JsonObject page(Page<Review> reviews, Optional<BigDecimal> average) {
        return JsonOut.page(reviews, ReviewJson::of).add("averageRating", averageRating(average)).build();
    }

    /** Two decimals, half up (4.666… is 4.67); {@code null} for a car without reviews. */
    static JsonValue averageRating(Optional<BigDecimal> average) {
        return average.<JsonValue>map(a -> Jsonp.value(a.setScale(2, RoundingMode.HALF_UP))).orElse(JsonValue.NULL);
    }
}
