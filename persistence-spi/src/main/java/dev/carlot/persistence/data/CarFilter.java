package dev.carlot.persistence.data;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** Which cars a list shows. An empty status set means every status; ranges are inclusive. */
public record CarFilter(Set<CarStatus> statuses, Optional<Long> sellerId, Optional<String> brand,
                        Optional<String> model, Optional<BigDecimal> minPrice, Optional<BigDecimal> maxPrice,
                        Optional<Integer> minYear, Optional<Integer> maxYear) {
    public CarFilter {
        statuses = Set.copyOf(statuses);
    }

    /** A filter that keeps every car. */
    public static CarFilter all() {
        return new CarFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same filter, keeping only cars in one of {@code value}'s statuses. */
    public CarFilter withStatuses(Set<CarStatus> value) {
        return new CarFilter(value, sellerId, brand, model, minPrice, maxPrice, minYear, maxYear);
    }

    /** The same filter, keeping only the cars of the seller {@code value}. */
    public CarFilter withSeller(long value) {
        return new CarFilter(statuses, Optional.of(value), brand, model, minPrice, maxPrice, minYear, maxYear);
    }
}
