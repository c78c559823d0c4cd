package dev.carlot.persistence.data;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where a car stands in every {@link CarSort} order: its sort keys and the id that breaks ties.
 * A list can continue after it without counting the cars before it, which an offset must.
 */
public record CarPosition(long id, Instant createdAt, BigDecimal price, int year) {

    /** Where {@code car} stands: its own sort keys and id. */
    public static CarPosition of(Car car) {
        return new CarPosition(car.id(), car.createdAt(), car.price(), car.year());
    }
}
