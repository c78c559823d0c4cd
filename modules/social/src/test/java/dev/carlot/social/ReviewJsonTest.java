package dev.carlot.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewJsonTest {

    @Test
    void noReviewsAverageToNull() {
        assertEquals(JsonValue.NULL, ReviewJson.averageRating(Optional.empty()));
    }

    @Test
    void theAverageIsRoundedHalfUpToTwoDecimals() {
        assertEquals("4.67", average("4.6666666666666667"));
        assertEquals("4.33", average("4.3333333333333333"));
        assertEquals("2.50", average("2.5"));
        assertEquals("1.13", average("1.125"));
        assertEquals("5.00", average("5"));
    }

    private static String average(String mean) {
        return ReviewJson.averageRating(Optional.of(new BigDecimal(mean))).toString();
    }
}
