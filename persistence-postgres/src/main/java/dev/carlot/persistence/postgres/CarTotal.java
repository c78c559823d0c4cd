package dev.carlot.persistence.postgres;

import dev.carlot.persistence.data.CarFilter;
import dev.carlot.persistence.data.CarStatus;
import java.util.List;

/**
 * The statement that answers the exact total of a car list. Filtered by status alone or not at
 * all, the total is the sum of the counts that the V2 migration's triggers keep in
 * {@code car_counts}: at most 16 rows per status, changed in the same transaction as the cars, so
 * exact in every snapshot, where {@code count(*)} of 700,000 available cars takes ~100 ms. Any
 * other filter narrows the list to what an index counts quickly (a seller's cars, a brand in a
 * price range), so it is counted. Deleted cars are counted too, under their own status, and no
 * total ever includes them.
 */
final class CarTotal {

    private CarTotal() {
    }

    static Sql.Query of(CarFilter filter) {
        if (byStatusAtMost(filter)) {
            Conditions statuses = new Conditions().add("k.status <> '" + PostgresCars.DELETED + "'")
                    .in("k.status", wire(filter));
            return new Sql.Query("select coalesce(sum(k.cars), 0) from car_counts k" + statuses.where(),
                    statuses.params());
        }
        Conditions where = PostgresCars.where(filter);
        return new Sql.Query("select count(*) from cars c" + where.where(), where.params());
    }

    static List<String> wire(CarFilter filter) {
        return filter.statuses().stream().map(CarStatus::wire).sorted().toList();
    }

    private static boolean byStatusAtMost(CarFilter filter) {
        return filter.sellerId().isEmpty() && filter.brand().isEmpty() && filter.model().isEmpty()
                && filter.minPrice().isEmpty() && filter.maxPrice().isEmpty()
                && filter.minYear().isEmpty() && filter.maxYear().isEmpty();
    }
}
