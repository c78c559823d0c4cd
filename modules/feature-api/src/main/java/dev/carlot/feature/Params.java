package dev.carlot.feature;

import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.WireValue;
import io.helidon.webserver.http.ServerRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Path and query parameters with api.md's answers: a path id that is not a positive integer
 * is a 404 (like an unknown id); a bad query parameter is a 400 naming it. Numbers are ASCII
 * digits only ({@link Numbers}); text is at most {@link #MAX_LENGTH} characters without NUL.
 */
public final class Params {
    /** Longer than any value a query parameter of Carlot's takes (a cursor is about 60). */
    public static final int MAX_LENGTH = 200;

    private Params() {
    }

    /** The path parameter {@code name} as an id; 404 unless it is a positive 64-bit integer. */
    public static long id(ServerRequest request, String name, String what) {
        String text = request.path().pathParameters().first(name).orElse("");
        return Numbers.integer(text).filter(id -> id > 0).orElseThrow(() ->
                ApiException.notFound("There is no " + what + " with id '" + Text.shown(text) + "'."));
    }

    /** {@code limit} and {@code offset}: limit 0..100 (default 20), offset ≥ 0 (default 0). */
    public static PageRequest page(ServerRequest request) {
        long limit = whole(request, "limit", 0, PageRequest.MAX_LIMIT).orElse((long) PageRequest.DEFAULT_LIMIT);
        long offset = whole(request, "offset", 0, Long.MAX_VALUE / 2).orElse(0L);
        return new PageRequest((int) limit, offset);
    }

    /** The parameter, trimmed; empty when absent or blank; 400 above {@link #MAX_LENGTH} characters or with NUL. */
    public static Optional<String> text(ServerRequest request, String name) {
        return text(request, name, MAX_LENGTH);
    }

    /** As {@link #text(ServerRequest, String)}, at most {@code maxLength} characters. */
    public static Optional<String> text(ServerRequest request, String name, int maxLength) {
        Optional<String> value = request.query().first(name).map(String::strip).filter(s -> !s.isEmpty());
        value.ifPresent(text -> {
            if (text.length() > maxLength) {
                throw ApiException.invalid(name, "must be at most " + maxLength + " characters");
            }
            if (!Text.clean(text)) {
                throw ApiException.invalid(name, Text.UNCLEAN);
            }
        });
        return value;
    }

    /** A whole number in ASCII digits ({@code -?[0-9]+}) between {@code min} and {@code max}. */
    public static Optional<Long> whole(ServerRequest request, String name, long min, long max) {
        return text(request, name).map(text -> Numbers.integer(text).filter(v -> v >= min && v <= max)
                .orElseThrow(() -> ApiException.invalid(name, "must be a whole number between " + min + " and " + max)));
    }

    /** An amount of money such as 15000 or 15000.50, 0 to 9999999999.99. */
    public static Optional<Money> money(ServerRequest request, String name) {
        return text(request, name).map(text -> Money.parse(text)
                .orElseThrow(() -> ApiException.invalid(name, Money.RULE + ", such as 15000 or 15000.50")));
    }

    /** One value of an enum in its wire form; 400 listing the allowed words otherwise. */
    public static <E extends Enum<E> & WireValue> Optional<E> oneOf(ServerRequest request, String name, Class<E> type) {
        return text(request, name).map(text -> parse(name, text, type));
    }

    /** A comma-separated list of enum values; empty when absent. */
    public static <E extends Enum<E> & WireValue> Set<E> someOf(ServerRequest request, String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        text(request, name).ifPresent(text -> Arrays.stream(text.split(",", -1))
                .forEach(word -> values.add(parse(name, word.strip(), type))));
        return values;
    }

    /**
     * The constant of {@code type} whose wire form is {@code text}; a 400 problem naming the field {@code name}
     * and the allowed words otherwise.
     */
    public static <E extends Enum<E> & WireValue> E parse(String name, String text, Class<E> type) {
        return WireValue.parse(type, text).orElseThrow(() -> ApiException.invalid(name,
                "must be one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(WireValue::wire).toList())));
    }
}
