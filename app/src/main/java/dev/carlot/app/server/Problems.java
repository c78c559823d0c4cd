package dev.carlot.app.server;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Problem;
import io.helidon.http.Status;
import java.util.Locale;
import java.util.Map;

/** The problems the runtime itself answers with, beside those features throw. */
final class Problems {
    static final int RETRY_AFTER_SECONDS = 5;
    /** Space comes back when an operator frees it, not in seconds. */
    static final int DISK_FULL_RETRY_AFTER_SECONDS = 60;

    private Problems() {
    }

    /** Titles that differ from the reason phrase, so that they match those of feature-api's problems. */
    private static final Map<Integer, String> TITLES = Map.of(
            413, "Payload too large", 414, "URI too long", 500, "Internal server error", 503, "Service unavailable");

    /** A problem named after the status, e.g. 405 {@code method-not-allowed} "Method not allowed". */
    static Problem forStatus(int code, String detail) {
        String reason = Status.create(code).reasonPhrase();
        String title = TITLES.getOrDefault(code, reason.isEmpty() ? "Error " + code
                : reason.charAt(0) + reason.substring(1).toLowerCase(Locale.ROOT));
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return Problem.of(code, slug, title, detail);
    }

    /** The detail for a status Helidon decided on (malformed request line, headers too big, ...). */
    static String transportDetail(int code) {
        return switch (code) {
            case 400 -> "The request is not well-formed HTTP.";
            case 413 -> "The request body is larger than 1 MiB.";
            case 414 -> "The request URI is too long.";
            case 431 -> "The request headers are too large.";
            default -> code >= 500 ? "Something went wrong on our side; the error has been logged."
                    : "The request cannot be processed.";
        };
    }

    static Problem notFound(String path) {
        return ApiException.notFound("There is nothing at '" + path + "'.").problem();
    }

    static Problem unavailable() {
        return Problem.of(503, "service-unavailable", "Service unavailable",
                "The database is unavailable right now; try again in " + RETRY_AFTER_SECONDS + " seconds.");
    }

    /** 507: the request was fine, the database has no room to store it; reads still work. */
    static Problem diskFull() {
        return Problem.of(507, "insufficient-storage", "Insufficient storage",
                "The database has run out of disk space, so changes cannot be saved right now; reading still works."
                        + " Try again once the operator has freed space.");
    }

    static Problem internal() {
        return Problem.of(500, "internal-server-error", "Internal server error",
                "Something went wrong on our side; the error has been logged.");
    }

    /** A persistence message ("the car does not exist") as a detail ("The car does not exist."). */
    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "The request conflicts with the stored data.";
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
