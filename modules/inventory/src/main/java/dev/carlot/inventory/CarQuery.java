package dev.carlot.inventory;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Money;
import dev.carlot.feature.Params;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.CarFilter;
import dev.carlot.persistence.data.CarPosition;
import dev.carlot.persistence.data.CarSort;
import dev.carlot.persistence.data.CarStatus;
import io.helidon.webserver.http.ServerRequest;
import java.util.Map;
import java.util.Optional;

/**
 * The query of {@code GET /api/cars}: filters, sort, page and the position to continue after,
 * each bad parameter a 400 naming it. Every value is bounded here: prices are {@link Money},
 * brand and model at most as long as a stored one, the cursor a {@link CarCursor}.
 */
record CarQuery(CarFilter filter, CarSort sort, PageRequest page, Optional<CarPosition> after) {
    private static final int MIN_YEAR = 0;
    private static final int MAX_YEAR = 9999;
    /** As long as a stored brand or model may be; a longer filter could match nothing. */
    private static final int MAX_NAME = 80;
    private static final Map<String, CarSort> SORTS = Map.of(
            "createdAt", CarSort.NEWEST,
            "price", CarSort.PRICE_ASC,
            "-price", CarSort.PRICE_DESC,
            "year", CarSort.YEAR_ASC,
            "-year", CarSort.YEAR_DESC);

    static CarQuery from(ServerRequest request) {
        Optional<Money> minPrice = Params.money(request, "minPrice");
        Optional<Money> maxPrice = Params.money(request, "maxPrice");
        Optional<Integer> minYear = year(request, "minYear");
        Optional<Integer> maxYear = year(request, "maxYear");
        // An empty range is almost always swapped parameters; saying so beats an empty page.
        if (minPrice.isPresent() && maxPrice.isPresent()
                && minPrice.get().amount().compareTo(maxPrice.get().amount()) > 0) {
            throw ApiException.invalid("minPrice", "must not be greater than maxPrice");
        }
        if (minYear.isPresent() && maxYear.isPresent() && minYear.get() > maxYear.get()) {
            throw ApiException.invalid("minYear", "must not be greater than maxYear");
        }
        var filter = new CarFilter(
                Params.someOf(request, "status", CarStatus.class),
                Params.whole(request, "sellerId", 1, Long.MAX_VALUE),
                Params.text(request, "brand", MAX_NAME),
                Params.text(request, "model", MAX_NAME),
                minPrice.map(Money::amount), maxPrice.map(Money::amount), minYear, maxYear);
        Optional<CarPosition> after = Params.text(request, CarCursor.PARAMETER).map(CarCursor::decode);
        return new CarQuery(filter, sort(request), Params.page(request), after);
    }

    private static Optional<Integer> year(ServerRequest request, String name) {
        return Params.whole(request, name, MIN_YEAR, MAX_YEAR).map(Long::intValue);
    }

    private static CarSort sort(ServerRequest request) {
        return Params.text(request, "sort").map(word -> Optional.ofNullable(SORTS.get(word)).orElseThrow(() ->
                        ApiException.invalid("sort", "must be one of createdAt, price, -price, year, -year")))
                .orElse(CarSort.NEWEST);
    }
}
