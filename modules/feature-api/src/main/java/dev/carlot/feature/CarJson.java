package dev.carlot.feature;

import dev.carlot.persistence.data.Car;
import jakarta.json.JsonObject;

/**
 * A car as the API shows it (api.md's Car). Shared because more than one feature answers
 * with cars: the inventory itself and a user's favorites.
 */
public final class CarJson {
    private CarJson() {
    }

    /** {@code car} as api.md's Car object. */
    public static JsonObject of(Car car) {
        return JsonOut.object()
                .add("id", car.id())
                .add("sellerId", car.sellerId())
                .add("brand", car.brand())
                .add("model", car.model())
                .add("year", car.year())
                .money("price", car.price())
                .add("mileage", car.mileage())
                .add("color", car.color())
                .add("description", car.description())
                .add("images", car.images())
                .add("status", car.status().wire())
                .add("createdAt", car.createdAt())
                .add("updatedAt", car.updatedAt())
                .build();
    }
}
