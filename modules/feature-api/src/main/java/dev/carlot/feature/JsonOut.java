package dev.carlot.feature;

import dev.carlot.persistence.Page;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds answer bodies in the shapes api.md fixes: ISO-8601 UTC timestamps, money with two
 * decimals, absent values as {@code null}, lists as pages with totals.
 */
public final class JsonOut {
    private final JsonObjectBuilder builder = Jsonp.objectBuilder();

    private JsonOut() {
    }

    /** A new, empty object. */
    public static JsonOut object() {
        return new JsonOut();
    }

    /** Adds a whole number. */
    public JsonOut add(String name, long value) {
        builder.add(name, value);
        return this;
    }

    /** Adds a string. */
    public JsonOut add(String name, String value) {
        builder.add(name, value);
        return this;
    }

    /** Adds any JSON value, e.g. an object built with another {@code JsonOut}. */
    public JsonOut add(String name, JsonValue value) {
        builder.add(name, value);
        return this;
    }

    /** Adds a timestamp as {@link JsonTime#millis(Instant)} writes it. */
    public JsonOut add(String name, Instant value) {
        builder.add(name, JsonTime.millis(value));
        return this;
    }

    /** Adds an amount of money with two decimals. */
    public JsonOut money(String name, BigDecimal value) {
        builder.add(name, value.setScale(2, RoundingMode.HALF_EVEN));
        return this;
    }

    /** Adds a string, or {@code null} when {@code value} is empty. */
    public JsonOut add(String name, Optional<String> value) {
        value.ifPresentOrElse(v -> builder.add(name, v), () -> builder.addNull(name));
        return this;
    }

    /** Adds a list of strings as an array. */
    public JsonOut add(String name, List<String> values) {
        JsonArrayBuilder array = Jsonp.arrayBuilder();
        values.forEach(array::add);
        builder.add(name, array);
        return this;
    }

    /** The object built so far. */
    public JsonObject build() {
        return builder.build();
    }

    /** {@code {items, total, limit, offset}}. */
    public static <T> JsonOut page(Page<T> page, Function<T, JsonObject> item) {
        JsonArrayBuilder items = Jsonp.arrayBuilder();
        page.items().forEach(i -> items.add(item.apply(i)));
        JsonOut out = object();
        out.builder.add("items", items).add("total", page.total()).add("limit", page.limit()).add("offset", page.offset());
        return out;
    }
}
