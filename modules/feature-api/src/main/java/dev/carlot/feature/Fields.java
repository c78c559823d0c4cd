package dev.carlot.feature;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to a JSON object's fields that collects every problem instead of stopping at
 * the first, so one 400 answer lists all bad fields. Call {@link #validate()} when done.
 * A JSON {@code null} counts as absent.
 */
public final class Fields {
    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    public Fields(JsonObject json) {
        this.json = json;
    }

    /** Flags every field not in {@code known}, so a misspelt field is not silently ignored. */
    public Fields allowOnly(Set<String> known) {
        json.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> error(k, "is not a known field"));
        return this;
    }

    public boolean has(String name) {
        return json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    /** A string, trimmed, between {@code min} and {@code max} characters. */
    public Optional<String> text(String name, int min, int max) {
        return value(name, JsonValue.ValueType.STRING, "must be a string")
                .map(v -> ((JsonString) v).getString().strip())
                .filter(s -> check(name, s.length() >= min && s.length() <= max,
                        min == max ? "must be " + min + " characters" : "must be " + min + " to " + max + " characters"));
    }

    public String requiredText(String name, int min, int max) {
        return required(name, text(name, min, max), "");
    }

    /** A whole number between {@code min} and {@code max}. */
    public Optional<Long> whole(String name, long min, long max) {
        return number(name).flatMap(n -> {
            if (!n.isIntegral()) {
                error(name, "must be a whole number");
                return Optional.empty();
            }
            try {
                long value = n.bigDecimalValue().longValueExact();
                return Optional.of(value).filter(v -> check(name, v >= min && v <= max,
                        "must be between " + min + " and " + max));
            } catch (ArithmeticException e) {
                error(name, "must be between " + min + " and " + max);
                return Optional.empty();
            }
        });
    }

    public long requiredWhole(String name, long min, long max) {
        return required(name, whole(name, min, max), 0L);
    }

    /** A positive amount with at most two decimals, below 10^10. */
    public Optional<BigDecimal> money(String name) {
        return number(name).map(JsonNumber::bigDecimalValue).filter(v -> check(name,
                v.signum() > 0 && v.stripTrailingZeros().scale() <= 2 && v.compareTo(BigDecimal.TEN.pow(10)) < 0,
                "must be a positive amount with at most 2 decimals, below 10000000000"));
    }

    public BigDecimal requiredMoney(String name) {
        return required(name, money(name), BigDecimal.ONE);
    }

    /** An array of strings, each 1..{@code maxLength} characters, at most {@code maxItems}. */
    public Optional<List<String>> texts(String name, int maxItems, int maxLength) {
        return value(name, JsonValue.ValueType.ARRAY, "must be an array of strings").flatMap(v -> {
            var array = v.asJsonArray();
            boolean strings = array.stream().allMatch(i -> i instanceof JsonString s
                    && !s.getString().isBlank() && s.getString().length() <= maxLength);
            if (!strings || array.size() > maxItems) {
                error(name, "must be at most " + maxItems + " strings of 1 to " + maxLength + " characters");
                return Optional.empty();
            }
            return Optional.of(array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        });
    }

    /** Records a problem with a field. */
    public void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Records {@code message} for {@code field} unless {@code ok}; returns {@code ok}. */
    public boolean check(String field, boolean ok, String message) {
        if (!ok) {
            error(field, message);
        }
        return ok;
    }

    /** Throws the validation problem when any field was bad. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private Optional<JsonNumber> number(String name) {
        return value(name, JsonValue.ValueType.NUMBER, "must be a number").map(v -> (JsonNumber) v);
    }

    private Optional<JsonValue> value(String name, JsonValue.ValueType type, String wrongType) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = json.get(name);
        if (value.getValueType() != type) {
            error(name, wrongType);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private <T> T required(String name, Optional<T> value, T placeholder) {
        if (value.isPresent()) {
            return value.get();
        }
        if (!has(name)) {
            error(name, "is required");
        }
        return placeholder;
    }
}
