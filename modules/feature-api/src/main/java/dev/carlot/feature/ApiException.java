package dev.carlot.feature;

import java.util.List;

/**
 * A request that cannot be served, carrying the problem the client gets. Thrown by handlers
 * and helpers; the runtime turns it into a problem+json answer in one place.
 */
public final class ApiException extends RuntimeException {
    private final Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(Problem.of(400, "bad-request", "Bad request", detail));
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "The field '" + errors.getFirst().field() + "' " + errors.getFirst().message() + "."
                : errors.size() + " fields are invalid; see 'errors'.";
        return new ApiException(new Problem("https://carlot.dev/problems/validation", "Invalid request", 400,
                detail, errors));
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException unauthorized() {
        return new ApiException(Problem.of(401, "unauthorized", "Unauthorized",
                "Sign in first: send 'Authorization: Bearer <token>' with a token from /api/auth/login."));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Problem.of(404, "not-found", "Not found", detail));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(Problem.of(409, "conflict", "Conflict", detail));
    }
}
