package dev.carlot.feature;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to a JSON object's fields that collects every problem instead of stopping at
 * the first, so one 400 answer lists all bad fields. Call {@link #validate()} when done.
 * A JSON {@code null} counts as absent, except to {@link #isNull}. Numbers go through
 * {@link Numbers} and strings through {@link Text}'s rules before anything else sees them.
 */
public final class Fields {
    /** The most errors one answer lists: a body of a thousand bad fields must not make a larger answer. */
    public static final int MAX_ERRORS = 20;
    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();
    private int unlisted;

    public Fields(JsonObject json) {
        this.json = json;
    }

    /** Flags every field not in {@code known}, so a misspelt field is not silently ignored. */
    public Fields allowOnly(Set<String> known) {
        json.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> error(Text.shown(k), "is not a known field"));
        return this;
    }

    /** Whether the body has the field {@code name}, even with null. */
    public boolean has(String name) {
        return json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    /** Whether the field is there with the value {@code null}: for a change, "clear it". */
    public boolean isNull(String name) {
        return json.containsKey(name) && json.get(name).getValueType() == JsonValue.ValueType.NULL;
    }

    /** A string, trimmed, between {@code min} and {@code max} characters, without NUL or unpaired surrogates. */
    public Optional<String> text(String name, int min, int max) {
        return value(name, JsonValue.ValueType.STRING, "must be a string")
                .map(v -> ((JsonString) v).getString())
                .filter(s -> check(name, Text.clean(s), Text.UNCLEAN))
                .map(String::strip)
                .filter(s -> check(name, s.length() >= min && s.length() <= max,
                        min == max ? "must be " + min + " characters" : "must be " + min + " to " + max + " characters"));
    }

    /** The text of the required field {@code name}, stripped, with {@code min} to {@code max} characters. */
    public String requiredText(String name, int min, int max) {
        return required(name, text(name, min, max), "");
    }

    /** A whole number between {@code min} and {@code max} ({@code 3}, {@code 3.0} and {@code 3e0} alike). */
    public Optional<Long> whole(String name, long min, long max) {
        return number(name).flatMap(n -> {
            Optional<Long> value = Numbers.whole(n.toString(), min, max);
            check(name, value.isPresent(), "must be a whole number between " + min + " and " + max);
            return value;
        });
    }

    /** The whole number of the required field {@code name}, from {@code min} to {@code max}. */
    public long requiredWhole(String name, long min, long max) {
        return required(name, whole(name, min, max), 0L);
    }

    /** A positive amount with at most two decimals, below 10^10. */
    public Optional<Money> money(String name) {
        return number(name).flatMap(n -> {
            Optional<Money> money = Money.parse(n.toString()).filter(Money::isPositive);
            check(name, money.isPresent(), Money.POSITIVE_RULE);
            return money;
        });
    }

    /** An array of strings, each 1..{@code maxLength} characters, at most {@code maxItems}. */
    public Optional<List<String>> texts(String name, int maxItems, int maxLength) {
        return value(name, JsonValue.ValueType.ARRAY, "must be an array of strings").flatMap(v -> {
            var array = v.asJsonArray();
            boolean strings = array.size() <= maxItems && array.stream().allMatch(i -> i instanceof JsonString s
                    && !s.getString().isBlank() && s.getString().length() <= maxLength && Text.clean(s.getString()));
            if (!strings) {
                error(name, "must be at most " + maxItems + " strings of 1 to " + maxLength + " characters, without NUL");
                return Optional.empty();
            }
            return Optional.of(array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        });
    }

    /** Records a problem with a field. */
    public void error(String field, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(field, message));
        } else {
            unlisted++;
        }
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
        if (unlisted > 0) {
            List<FieldError> listed = new ArrayList<>(errors);
            listed.add(new FieldError("…", "and " + unlisted + " more problems, not listed"));
            Problem problem = ApiException.invalid(listed).problem();
            throw new ApiException(new Problem(problem.type(), problem.title(), problem.status(),
                    (errors.size() + unlisted) + " problems with fields; 'errors' lists the first " + MAX_ERRORS + ".",
                    listed));
        }
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
