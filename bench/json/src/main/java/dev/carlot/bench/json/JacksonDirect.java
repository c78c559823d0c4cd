package dev.carlot.bench.json;

import dev.carlot.feature.JsonTime;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.data.Car;
import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The same answers written from the records straight into Jackson's generator, with no JSON-P
 * tree in between: what a tree-free writer would cost, as the reference the others are read against.
 */
final class JacksonDirect {
    /** Lower-case hex in the escapes of control characters, as feature-api's JsonText makes them. */
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE).build();

    private JacksonDirect() {
    }

    static byte[] car(Car car) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(generator, car);
        }
        return out.toByteArray();
    }

    static byte[] page(Page<Car> page, String next) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            generator.writeStartObject();
            generator.writeArrayPropertyStart("items");
            for (Car car : page.items()) {
                write(generator, car);
            }
            generator.writeEndArray();
            generator.writeNumberProperty("total", page.total());
            generator.writeNumberProperty("limit", page.limit());
            generator.writeNumberProperty("offset", page.offset());
            generator.writeStringProperty("next", next);
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator generator, Car car) {
        generator.writeStartObject();
        generator.writeNumberProperty("id", car.id());
        generator.writeNumberProperty("sellerId", car.sellerId());
        generator.writeStringProperty("brand", car.brand());
        generator.writeStringProperty("model", car.model());
        generator.writeNumberProperty("year", car.year());
        generator.writeName("price");
        generator.writeNumber(car.price().setScale(2, RoundingMode.HALF_EVEN).toString());
        generator.writeNumberProperty("mileage", car.mileage());
        optional(generator, "color", car.color().orElse(null));
        optional(generator, "description", car.description().orElse(null));
        generator.writeArrayPropertyStart("images");
        for (String image : car.images()) {
            generator.writeString(image);
        }
        generator.writeEndArray();
        generator.writeStringProperty("status", car.status().wire());
        generator.writeStringProperty("createdAt", JsonTime.millis(car.createdAt()));
        generator.writeStringProperty("updatedAt", JsonTime.millis(car.updatedAt()));
        generator.writeEndObject();
    }

    private static void optional(JsonGenerator generator, String name, String value) {
        if (value == null) {
            generator.writeNullProperty(name);
        } else {
            generator.writeStringProperty(name, value);
        }
    }
}
