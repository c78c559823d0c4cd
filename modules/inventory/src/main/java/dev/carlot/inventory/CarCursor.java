package dev.carlot.inventory;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Money;
import dev.carlot.feature.Numbers;
import dev.carlot.persistence.data.CarPosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code next} of a car page and the {@code after} of the request that continues it: a
 * car's {@link CarPosition} as an opaque URL-safe token. Clients pass it back unchanged; its
 * contents are not part of the API and may change. A client can forge one, so each part is
 * parsed into the range the real ones have before it is used.
 */
final class CarCursor {
    static final String PARAMETER = "after";
    /**
     * Base64 of the longest cursor this class writes (a 19-digit id, a 17-digit time, a price of
     * 13 characters, a year of 4 and three separators: 56 bytes) is 75 characters; checked
     * before decoding.
     */
    static final int MAX_LENGTH = 80;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String SEPARATOR = "~";
    /** The span {@link Instant} can hold, in microseconds, and then some less. */
    private static final long MAX_MICROS = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse("9999-12-31T23:59:59Z"));

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
        if (cursor.length() > MAX_LENGTH) {
            throw notACursor();
        }
        String[] parts;
        try {
            parts = new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
        } catch (IllegalArgumentException notBase64) {
            throw notACursor();
        }
        if (parts.length != 4) {
            throw notACursor();
        }
        Optional<Long> id = Numbers.integer(parts[0]).filter(v -> v > 0);
        Optional<Long> micros = Numbers.integer(parts[1]).filter(v -> v >= -MAX_MICROS && v <= MAX_MICROS);
        Optional<Money> price = Money.parse(parts[2]);
        Optional<Long> year = Numbers.integer(parts[3]).filter(v -> v >= 0 && v <= 9999);
        if (id.isEmpty() || micros.isEmpty() || price.isEmpty() || year.isEmpty()) {
            throw notACursor();
        }
        return new CarPosition(id.get(), Instant.EPOCH.plus(micros.get(), ChronoUnit.MICROS), price.get().amount(),
                year.get().intValue());
    }

    private static ApiException notACursor() {
        return ApiException.invalid(PARAMETER, "is not a cursor from this API; pass the 'next' of a car page unchanged");
    }
}
