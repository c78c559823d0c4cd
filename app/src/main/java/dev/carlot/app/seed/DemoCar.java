package dev.carlot.app.seed;

import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.NewCar;
import dev.carlot.persistence.data.WireValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One car of the demo inventory (kept in cars.tsv beside this class). Its first image URL
 * carries its slug, which is how a second seed run recognises a car it already created.
 */
record DemoCar(String slug, String brand, String model, int year, BigDecimal price, int mileage, String color,
               CarStatus status, String description) {

    private static final String IMAGE_BASE = "https://images.carlot.dev/cars/";

    static List<DemoCar> all() {
        var in = DemoCar.class.getResourceAsStream("cars.tsv");
        if (in == null) {
            throw new IllegalStateException("cars.tsv is missing from the app module");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<DemoCar> cars = new ArrayList<>();
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> cars.add(parse(line.split("\t"))));
            return List.copyOf(cars);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoCar parse(String[] f) {
        String slug = (f[0] + "-" + f[1] + "-" + f[2]).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        CarStatus status = WireValue.parse(CarStatus.class, f[6])
                .orElseThrow(() -> new IllegalStateException("cars.tsv: unknown status " + f[6]));
        return new DemoCar(slug, f[0], f[1], Integer.parseInt(f[2]), new BigDecimal(f[3]), Integer.parseInt(f[4]),
                f[5], status, f[7]);
    }

    String firstImage() {
        return IMAGE_BASE + slug + "-1.jpg";
    }

    NewCar toNewCar(long sellerId) {
        // two or three photos, varied so that the demo does not look generated
        int photos = 2 + Math.floorMod(slug.hashCode(), 2);
        List<String> images = IntStream.rangeClosed(1, photos).mapToObj(i -> IMAGE_BASE + slug + "-" + i + ".jpg").toList();
        return new NewCar(sellerId, brand, model, year, price, mileage, Optional.of(color), Optional.of(description),
                images);
    }
}
