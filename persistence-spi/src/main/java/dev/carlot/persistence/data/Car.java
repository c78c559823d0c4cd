package dev.carlot.persistence.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A car in the inventory. */
public record Car(long id, long sellerId, String brand, String model, int year, BigDecimal price, int mileage,
                  Optional<String> color, Optional<String> description, List<String> images, CarStatus status,
                  Instant createdAt, Instant updatedAt) {
    public Car {
        images = List.copyOf(images);
    }
}
