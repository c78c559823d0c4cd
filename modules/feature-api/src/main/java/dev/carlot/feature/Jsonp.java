package dev.carlot.feature;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonConfig;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Map;

/**
 * JSON-P through one provider found once. {@code jakarta.json.Json}'s factory methods look the
 * provider up with {@code ServiceLoader} on every call; in a profile of {@code GET /api/cars/{id}}
 * those lookups took a tenth of the request's CPU time (docs/performance.md).
 */
public final class Jsonp {
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    /**
     * Refuses an object with a key twice: which of the two a parser keeps is not defined, so a
     * proxy and Carlot could read different values from one body.
     */
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private Jsonp() {
    }

    /** A new, empty JSON-P object builder. */
    public static JsonObjectBuilder objectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    /** A new JSON-P object builder holding {@code start}'s members. */
    public static JsonObjectBuilder objectBuilder(JsonObject start) {
        return PROVIDER.createObjectBuilder(start);
    }

    /** A new, empty JSON-P array builder. */
    public static JsonArrayBuilder arrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    /** A reader of JSON text that refuses an object with a key twice. */
    public static JsonReader reader(Reader reader) {
        return READERS.createReader(reader);
    }

    /** A reader of UTF-8 JSON that refuses an object with a key twice. */
    public static JsonReader reader(InputStream in) {
        return READERS.createReader(in);
    }

    /** {@code number} as a JSON number. */
    public static JsonNumber value(BigDecimal number) {
        return PROVIDER.createValue(number);
    }
}
