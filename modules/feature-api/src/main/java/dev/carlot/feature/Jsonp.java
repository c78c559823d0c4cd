package dev.carlot.feature;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;

/**
 * JSON-P through one provider found once. {@code jakarta.json.Json}'s factory methods look the
 * provider up with {@code ServiceLoader} on every call; in a profile of {@code GET /api/cars/{id}}
 * those lookups took a tenth of the request's CPU time (docs/performance.md).
 */
public final class Jsonp {
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }

    public static JsonObjectBuilder objectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder objectBuilder(JsonObject start) {
        return PROVIDER.createObjectBuilder(start);
    }

    public static JsonArrayBuilder arrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonReader reader(InputStream in) {
        return PROVIDER.createReader(in);
    }

    public static JsonNumber value(BigDecimal number) {
        return PROVIDER.createValue(number);
    }
}
