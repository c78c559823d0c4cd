package dev.carlot.persistence.data;

import java.math.BigDecimal;
import java.time.Instant;

/** A purchase of one car; {@code price} is the car's price when the order was placed. */
public record Order(long id, long carId, long buyerId, long sellerId, BigDecimal price, OrderStatus status,
                    Instant createdAt, Instant updatedAt) {
}
