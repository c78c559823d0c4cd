package dev.carlot.bench.json;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A JSON-P value through jakarta.json's own generator (Parsson 1.1.6), and through its toString(). */
final class ParssonGenerator {
    private static final JsonGeneratorFactory GENERATORS = JsonProvider.provider().createGeneratorFactory(Map.of());

    private ParssonGenerator() {
    }

    static byte[] bytes(JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator generator = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            generator.write(value);
        }
        return out.toByteArray();
    }

    /** What problems and the OpenAPI document went through before: text, then encoded. */
    static byte[] viaString(JsonValue value) {
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }
}
