package dev.carlot.bench.json;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.CarJson;
import dev.carlot.feature.FieldError;
import dev.carlot.feature.JsonOut;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarStatus;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * Carlot's real answers, built by feature-api's own builders from cars shaped like those of
 * bench/dataset.sql: one car (scenario 1), a page of 20 (scenario 2) and a validation problem.
 */
final class Answers {
    private Answers() {
    }

    static Car car(long id) {
        Instant created = Instant.parse("2025-03-14T09:26:53.589Z").plusSeconds(id * 7919);
        return new Car(id, 1000 + id % 97, "Brand" + id % 40, "Brand" + id % 40 + " Model" + (1 + id % 5),
                1990 + (int) (id % 37), new BigDecimal("48210.37").add(BigDecimal.valueOf(id)), (int) (id * 31 % 300001),
                Optional.of("silver"),
                Optional.of("Well kept car number " + id + ", full service history, two keys, new tyres, no accidents. "
                        + "c4ca4238a0b923820dcc509a6f75849bc4ca4238a0b923820dcc509a6f75849bc4ca4238a0b923820dcc509a6f75849b"
                        + " Ask for a test drive any day of the week."),
                List.of("https://img.bench.carlot/" + id + "/1.jpg", "https://img.bench.carlot/" + id + "/2.jpg",
                        "https://img.bench.carlot/" + id + "/3.jpg"),
                CarStatus.AVAILABLE, created, created.plusMillis(123_456));
    }

    static Page<Car> page() {
        return new Page<>(LongStream.rangeClosed(1, 20).mapToObj(Answers::car).toList(), 700_000, 20, 500);
    }

    static JsonObject carJson() {
        return CarJson.of(car(424_242));
    }

    static JsonObject pageJson() {
        return JsonOut.page(page(), CarJson::of).add("next", Optional.of("eyJwIjoiNDgyMTAuMzciLCJpIjo1MjB9")).build();
    }

    static JsonObject problemJson() {
        return ApiException.invalid(List.of(new FieldError("price", "must be a positive amount with at most two decimals"),
                new FieldError("year", "must be between 1886 and 2027"))).problem().toJson();
    }

    static JsonObject of(String name) {
        return switch (name) {
            case "car" -> carJson();
            case "page" -> pageJson();
            case "problem" -> problemJson();
            default -> throw new IllegalArgumentException("no answer '" + name + "'; try car, page or problem");
        };
    }
}
