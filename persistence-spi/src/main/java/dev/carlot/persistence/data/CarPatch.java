package dev.carlot.persistence.data;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A partial change of a car: an empty field stays as it is, a field in {@code cleared} loses its
 * value. Only the optional fields can be cleared. Status changes go through {@link Cars#transition}.
 */
public record CarPatch(Optional<String> brand, Optional<String> model, Optional<Integer> year,
                       Optional<BigDecimal> price, Optional<Integer> mileage, Optional<String> color,
                       Optional<String> description, Optional<List<String>> images, Set<Clearable> cleared) {

    /** The fields a car may be without. */
    public enum Clearable { COLOR, DESCRIPTION }

    public CarPatch {
        cleared = cleared.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cleared));
        if (cleared.contains(Clearable.COLOR) && color.isPresent()
                || cleared.contains(Clearable.DESCRIPTION) && description.isPresent()) {
            throw new IllegalArgumentException("a field cannot be both set and cleared: " + cleared);
        }
    }

    /** A change that clears nothing. */
    public CarPatch(Optional<String> brand, Optional<String> model, Optional<Integer> year,
                    Optional<BigDecimal> price, Optional<Integer> mileage, Optional<String> color,
                    Optional<String> description, Optional<List<String>> images) {
        this(brand, model, year, price, mileage, color, description, images, Set.of());
    }

    /** Whether the change sets {@code field} to nothing (null or an empty list). */
    public boolean clears(Clearable field) {
        return cleared.contains(field);
    }
}
