package dev.carlot.persistence.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A partial change of a car; empty means unchanged. Status changes go through {@link Cars#transition}. */
public record CarPatch(Optional<String> brand, Optional<String> model, Optional<Integer> year,
                       Optional<BigDecimal> price, Optional<Integer> mileage, Optional<String> color,
                       Optional<String> description, Optional<List<String>> images) {
}
