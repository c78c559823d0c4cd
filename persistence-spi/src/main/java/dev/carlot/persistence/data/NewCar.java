package dev.carlot.persistence.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What listing a car needs; it starts {@link CarStatus#AVAILABLE}. */
public record NewCar(long sellerId, String brand, String model, int year, BigDecimal price, int mileage,
                     Optional<String> color, Optional<String> description, List<String> images) {
    public NewCar {
        images = List.copyOf(images);
    }
}
