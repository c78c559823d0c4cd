package dev.carlot.feature;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Carlot's one JSON writer: a JSON-P value as compact UTF-8 JSON text (RFC 8259), through
 * Jackson's streaming generator. Every answer goes through it: handlers' values (by
 * {@link JsonMedia}), problems and the OpenAPI document. The text is what Parsson's own writer
 * writes, except that a lone surrogate, which has no UTF-8 form, is written as an escape (a
 * backslash, {@code u} and four hex digits) that reads back as itself, rather than as {@code ?}. Jackson was chosen over Parsson's generator and a
 * hand-written encoder by measurement (docs/performance.md, "One JSON writer").
 */
public final class JsonText {
    /** Lower-case hex in the escapes of control characters, as Parsson writes them. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();
    /** Room for a car, the most common answer, without growing. */
    private static final int FIRST_CAPACITY = 1024;

    private JsonText() {
    }

    /** {@code value} as the bytes of a JSON body. */
    public static byte[] bytes(JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(FIRST_CAPACITY);
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

    /** Digits as JSON-P prints the number ({@code 4780.80} keeps its scale), whole numbers without a detour. */
    private static void number(JsonGenerator generator, JsonNumber number) {
        if (number.isIntegral()) {
            try {
                generator.writeNumber(number.longValueExact());
                return;
            } catch (ArithmeticException beyondLong) {
                // falls through to the number's own text
            }
        }
        generator.writeNumber(number.toString());
    }
}
