package dev.carlot.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** JsonTime writes what the general ISO formatter writes for the same instant, to the millisecond. */
class JsonTimeTest {

    @Test
    void agreesWithInstantToStringOverTheWholeRangeOfInstants() {
        SplittableRandom random = new SplittableRandom(20261122);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                    random.nextInt(1_000_000_000));
            assertEquals(expected(instant), JsonTime.millis(instant), () -> "for " + instant);
        }
    }

    @Test
    void agreesAtTheEdgesOfFourDigitYearsWholeSecondsAndWholeMilliseconds() {
        for (String text : new String[] {"0000-01-01T00:00:00Z", "-0001-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999999999Z",
                "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-11-22T05:39:40.000999Z", "2026-11-22T05:39:40.320Z",
                "2024-02-29T12:00:00.001Z"}) {
            Instant instant = Instant.parse(text);
            assertEquals(expected(instant), JsonTime.millis(instant), () -> "for " + text);
        }
    }

    private static String expected(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
