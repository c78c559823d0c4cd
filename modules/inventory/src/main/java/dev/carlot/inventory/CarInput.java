package dev.carlot.inventory;

import dev.carlot.feature.Fields;
import dev.carlot.feature.Money;
import dev.carlot.persistence.data.CarPatch;
import dev.carlot.persistence.data.CarPatch.Clearable;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.NewCar;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The car fields of a create or change request, validated together so that one 400 lists
 * every bad field. Bounds: year 1886..next year, price above 0 with at most 2 decimals,
 * mileage 0..2^31-1, brand/model 1..80 characters, color 1..40, description 1..5000, at most
 * 20 http(s) image URLs of at most 2000 characters. In a change, {@code null} clears
 * {@code color} and {@code description}; the other fields cannot be cleared.
 */
record CarInput(Optional<String> brand, Optional<String> model, Optional<Integer> year,
                Optional<BigDecimal> price, Optional<Integer> mileage, Optional<String> color,
                Optional<String> description, Optional<List<String>> images, Set<Clearable> cleared) {
    static final int FIRST_YEAR = 1886;
    static final int MAX_IMAGES = 20;
    static final int MAX_URL = 2000;
    private static final List<String> REQUIRED = List.of("brand", "model", "year", "price", "mileage");
    private static final List<String> KEPT = List.of("brand", "model", "year", "price", "mileage", "images");
    private static final List<String> COMMON =
            List.of("brand", "model", "year", "price", "mileage", "color", "description", "images");

    /** A new car: the required fields must be there; {@code sellerId} is read by the caller. */
    static CarInput forCreate(Fields fields, int currentYear) {
        fields.allowOnly(known("sellerId"));
        REQUIRED.stream().filter(name -> !fields.has(name)).forEach(name -> fields.error(name, "is required"));
        return read(fields, currentYear, Set.of());
    }

    /** A change: any subset of the fields, plus {@code status}, read by {@link CarStatusChange}. */
    static CarInput forPatch(Fields fields, int currentYear) {
        fields.allowOnly(known("status"));
        KEPT.stream().filter(fields::isNull).forEach(name ->
                fields.error(name, "cannot be cleared; leave the field out to keep its value"));
        Set<Clearable> cleared = EnumSet.noneOf(Clearable.class);
        if (fields.isNull("color")) {
            cleared.add(Clearable.COLOR);
        }
        if (fields.isNull("description")) {
            cleared.add(Clearable.DESCRIPTION);
        }
        return read(fields, currentYear, cleared);
    }

    /** Only after {@link Fields#validate()} passed for a create. */
    NewCar toNewCar(long sellerId) {
        return new NewCar(sellerId, brand.orElseThrow(), model.orElseThrow(), year.orElseThrow(),
                price.orElseThrow(), mileage.orElseThrow(), color, description, images.orElse(List.of()));
    }

    CarPatch toPatch() {
        return new CarPatch(brand, model, year, price, mileage, color, description, images, cleared);
    }

    boolean changesNothing() {
        return cleared.isEmpty()
                && Stream.of(brand, model, year, price, mileage, color, description, images).allMatch(Optional::isEmpty);
    }

    private static CarInput read(Fields fields, int currentYear, Set<Clearable> cleared) {
        return new CarInput(
                fields.text("brand", 1, 80),
                fields.text("model", 1, 80),
                fields.whole("year", FIRST_YEAR, currentYear + 1L).map(Long::intValue),
                fields.money("price").map(Money::amount),
                fields.whole("mileage", 0, Integer.MAX_VALUE).map(Long::intValue),
                fields.text("color", 1, 40),
                fields.text("description", 1, 5000),
                fields.texts("images", MAX_IMAGES, MAX_URL).filter(urls -> webAddresses(fields, urls)),
                cleared);
    }

    private static boolean webAddresses(Fields fields, List<String> urls) {
        boolean all = true;
        for (int i = 0; i < urls.size(); i++) {
            all &= fields.check("images[" + i + "]", isWebAddress(urls.get(i)), "must be an absolute http or https URL");
        }
        return all;
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Set<String> known(String extra) {
        var names = new HashSet<>(COMMON);
        names.add(extra);
        return names;
    }
}
