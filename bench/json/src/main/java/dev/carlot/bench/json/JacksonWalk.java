package dev.carlot.bench.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/** A JSON-P value through Jackson's streaming generator (jackson-core 3.3.0), as Parsson writes it. */
final class JacksonWalk {
    /** Lower-case hex in the six-character escapes of control characters, as Parsson writes them. */
    static final JsonFactory FACTORY = JsonFactory.builder().disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE).build();

    private JacksonWalk() {
    }

    static byte[] bytes(JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(generator, value);
        }
        return out.toByteArray();
    }

    /** The same into Jackson's own segmented buffer, which grows without copying what it holds. */
    static byte[] bytesBuilder(JsonValue value) {
        ByteArrayBuilder out = new ByteArrayBuilder(1024);
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(generator, value);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator generator, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
                    generator.writeName(member.getKey());
                    write(generator, member.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonValue item : value.asJsonArray()) {
                    write(generator, item);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(((JsonString) value).getString());
            case NUMBER -> number(generator, (JsonNumber) value);
            case TRUE -> generator.writeBoolean(true);
            case FALSE -> generator.writeBoolean(false);
            case NULL -> generator.writeNull();
        }
    }

    private static void number(JsonGenerator generator, JsonNumber number) {
        if (number.isIntegral()) {
            generator.writeNumber(number.longValue());
        } else {
            generator.writeNumber(number.toString());
        }
    }
}
