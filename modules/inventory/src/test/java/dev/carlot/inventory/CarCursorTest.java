package dev.carlot.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carlot.feature.ApiException;
import dev.carlot.persistence.data.CarPosition;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarCursorTest {

    @Test
    void aCursorGivesBackThePositionItWasMadeOf() {
        CarPosition position = new CarPosition(Long.MAX_VALUE, Instant.parse("2026-11-21T10:15:30.123456Z"),
                new BigDecimal("9999999999.99"), 2027);

        String cursor = CarCursor.encode(position);

        assertEquals(position, CarCursor.decode(cursor));
        assertEquals(true, cursor.length() <= CarCursor.MAX_LENGTH, cursor);
    }

    /** Forged cursors: each part out of its range or grammar, as the review's {@code 1e-10000000}. */
    @ParameterizedTest
    @ValueSource(strings = {"1~0~1e-10000000~2019", "1~0~1e-999999999~2019", "1~0~1e999999999~2019",
        "1~0~NaN~2019", "1~0~-5~2019", "1~0~15000.555~2019", "0~0~100~2019", "-1~0~100~2019",
        "99999999999999999999~0~100~2019", "+1~0~100~2019", "１~0~100~2019", "1~9223372036854775807~100~2019",
        "1~-9223372036854775808~100~2019", "1~0~100~99999", "1~0~100", "1~0~100~2019~5", "1~0~1\u0000~2019", ""})
    void aForgedCursorIsABadRequestOnAfter(String text) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));

        assertRefused(cursor);
    }

    @Test
    void aCursorLongerThanAnyRealOneIsRefusedUndecoded() {
        assertRefused("A".repeat(CarCursor.MAX_LENGTH + 1));
        assertRefused("not base64 !");
    }

    private static void assertRefused(String cursor) {
        ApiException e = assertThrows(ApiException.class, () -> CarCursor.decode(cursor));
        assertEquals(400, e.problem().status());
        assertEquals("after", e.problem().errors().getFirst().field());
    }
}
