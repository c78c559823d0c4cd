package dev.carlot.inventory;

import dev.carlot.feature.ApiException;
import dev.carlot.persistence.data.CarPosition;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * The {@code next} of a car page and the {@code after} of the request that continues it: a
 * car's {@link CarPosition} as an opaque URL-safe token. Clients pass it back unchanged; its
 * contents are not part of the API and may change.
 */
final class CarCursor {
    static final String PARAMETER = "after";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String SEPARATOR = "~";

    private CarCursor() {
    }

    static String encode(CarPosition position) {
        // microseconds: the precision PostgreSQL keeps, so that the position matches its row exactly
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, position.createdAt());
        String text = String.join(SEPARATOR, Long.toString(position.id()), Long.toString(micros),
                position.price().toPlainString(), Integer.toString(position.year()));
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static CarPosition decode(String cursor) {
        try {
            String[] parts = new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (parts.length != 4) {
                throw notACursor();
            }
            long micros = Long.parseLong(parts[1]);
            Instant createdAt = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
            return new CarPosition(Long.parseLong(parts[0]), createdAt, new BigDecimal(parts[2]),
                    Integer.parseInt(parts[3]));
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
            // NumberFormatException is an IllegalArgumentException, and so is bad Base64
            throw notACursor();
        }
    }

    private static ApiException notACursor() {
        return ApiException.invalid(PARAMETER, "is not a cursor from this API; pass the 'next' of a car page unchanged");
    }
}
