package dev.carlot.feature;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that cannot be served, carrying the problem the client gets. Thrown by handlers
 * and helpers; the runtime turns it into a problem+json answer in one place.
 */
public final class ApiException extends RuntimeException {
    private final Problem problem;
    private final Map<String, String> headers;

    public ApiException(Problem problem) {
        this(problem, Map.of());
    }

    /** A problem answered with extra headers, such as {@code Retry-After}. */
    public ApiException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    /** The problem the client gets. */
    public Problem problem() {
        return problem;
    }

    /** Headers the answer carries beside the problem, by name; empty for most problems. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The same problem, answered with {@code name: value} as well. */
    public ApiException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiException(problem, more);
    }

    /**
     * 429: the caller must slow down. {@code wait} is rounded up to whole seconds, the unit of
     * {@code Retry-After}.
     */
    public static ApiException tooManyRequests(String slug, String detail, Duration wait) {
        return new ApiException(Problem.of(429, slug, "Too many requests", detail))
                .withHeader("Retry-After", Long.toString(seconds(wait)));
    }

    /** 503: Carlot cannot take this request now, but will again after {@code wait}. */
    public static ApiException unavailable(String slug, String detail, Duration wait) {
        return new ApiException(Problem.of(503, slug, "Service unavailable", detail))
                .withHeader("Retry-After", Long.toString(seconds(wait)));
    }

    /** Whole seconds, rounded up and at least one, because Retry-After has no fractions. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** 400: the request cannot be read as it is; {@code detail} says what to change. */
    public static ApiException badRequest(String detail) {
        return new ApiException(Problem.of(400, "bad-request", "Bad request", detail));
    }

    /** 400: the fields in {@code errors} are invalid, each with its message. */
    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "The field '" + errors.getFirst().field() + "' " + errors.getFirst().message() + "."
                : errors.size() + " fields are invalid; see 'errors'.";
        return new ApiException(new Problem("https://carlot.dev/problems/validation", "Invalid request", 400,
                detail, errors));
    }

    /** 400: the field {@code field} is invalid; {@code message} completes "The field 'x' ...". */
    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** 401: the request needs a signed-in caller and has none. */
    public static ApiException unauthorized() {
        return new ApiException(Problem.of(401, "unauthorized", "Unauthorized",
                "Sign in first: send 'Authorization: Bearer <token>' with a token from /api/auth/login."));
    }

    /** 403: the caller is known but may not do this; {@code detail} says why. */
    public static ApiException forbidden(String detail) {
        return new ApiException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    /** 404: what the request names does not exist. */
    public static ApiException notFound(String detail) {
        return new ApiException(Problem.of(404, "not-found", "Not found", detail));
    }

    /** 409: the request conflicts with the stored data; {@code detail} says how. */
    public static ApiException conflict(String detail) {
        return new ApiException(Problem.of(409, "conflict", "Conflict", detail));
    }
}
