package dev.carlot.feature;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * An RFC 9457 problem: what every error answer of Carlot looks like.
 *
 * @param type   a URI naming the kind of problem, e.g. {@code https://carlot.dev/problems/conflict}
 * @param errors the invalid fields, only for validation problems
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://carlot.dev/problems/";

    public Problem {
        errors = List.copyOf(errors);
    }

    /** A problem of the kind {@code slug}, e.g. {@code of(409, "conflict", "Conflict", "...")}. */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, List.of());
    }

    /** The problem as the JSON object of RFC 9457, {@code errors} only when there are some. */
    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.objectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (!errors.isEmpty()) {
            var list = Jsonp.arrayBuilder();
            errors.forEach(e -> list.add(Jsonp.objectBuilder().add("field", e.field()).add("message", e.message())));
            json.add("errors", list);
        }
        return json.build();
    }
}
