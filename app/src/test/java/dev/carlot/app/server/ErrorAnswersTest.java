package dev.carlot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Route;
import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.UnavailableException;
import io.helidon.http.BadRequestException;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one error mapper: for each kind of failure, the status, the problem type and exactly the
 * headers of the answer (a header too many, such as a Retry-After on a 404, is as wrong as one
 * missing).
 */
class ErrorAnswersTest {
    private static final String TYPES = "https://carlot.dev/problems/";
    private final ErrorAnswers answers = new ErrorAnswers(() -> new RouteTable(List.of(
            new Route("GET", "/api/cars/{id}"), new Route("PATCH", "/api/cars/{id}"), new Route("GET", "/api/cars"))));

    private static void assertAnswer(ErrorAnswers.Answer answer, int status, String type, Map<HeaderName, String> headers) {
        assertEquals(status, answer.problem().status(), answer.toString());
        assertEquals(TYPES + type, answer.problem().type(), answer.toString());
        assertEquals(headers, answer.headers(), answer.toString());
    }

    @Test
    void anApiExceptionLeavesWithItsOwnProblemAndItsHeaders() {
        ApiException throttled = ApiException.tooManyRequests("too-many-logins", "Wait a minute.", Duration.ofMillis(89_001));

        var answer = answers.answer("POST", "/api/auth/login", throttled);

        assertSame(throttled.problem(), answer.problem(), "a feature's problem is answered as it was thrown");
        assertAnswer(answer, 429, "too-many-logins", Map.of(HeaderNames.RETRY_AFTER, "90"));
    }

    @Test
    void anApiExceptionWithoutHeadersGetsNone() {
        assertAnswer(answers.answer("GET", "/x", ApiException.forbidden("Not yours.")), 403, "forbidden", Map.of());
    }

    @Test
    void a401AsksForABearerToken() {
        assertAnswer(answers.answer("GET", "/x", ApiException.unauthorized()), 401, "unauthorized",
                Map.of(HeaderNames.WWW_AUTHENTICATE, "Bearer"));
    }

    @Test
    void aMissingRecordIs404WithItsSentence() {
        var answer = answers.answer("GET", "/x", new NotFoundException("the car does not exist"));

        assertAnswer(answer, 404, "not-found", Map.of());
        assertEquals("The car does not exist.", answer.problem().detail());
    }

    @Test
    void aConflictIs409WithItsSentence() {
        var answer = answers.answer("GET", "/x", new ConflictException(Conflict.CAR_HAS_ACTIVE_ORDER,
                "the car already has a pending or confirmed order"));

        assertAnswer(answer, 409, "conflict", Map.of());
        assertEquals("The car already has a pending or confirmed order.", answer.problem().detail());
    }

    @Test
    void invalidDataIs400WithItsSentence() {
        var answer = answers.answer("GET", "/x", new InvalidDataException("value too long"));

        assertAnswer(answer, 400, "bad-request", Map.of());
        assertEquals("Value too long.", answer.problem().detail());
    }

    @Test
    void anUnavailableDatabaseIs503WithRetryAfterAndNoAddress() {
        var answer = answers.answer("GET", "/x",
                new UnavailableException("cannot connect to PostgreSQL at 10.0.0.7:5432: connection refused"));

        assertAnswer(answer, 503, "service-unavailable", Map.of(HeaderNames.RETRY_AFTER, "5"));
        assertFalse(answer.problem().detail().contains("10.0.0.7"));
    }

    @Test
    void aFullDiskIs507WithRetryAfterAndSaysWhatIsFull() {
        var answer = answers.answer("POST", "/api/cars", UnavailableException.diskFull(
                "the database's disk is full: could not extend file \"base/5/16384\": No space left on device", null));

        assertAnswer(answer, 507, "insufficient-storage", Map.of(HeaderNames.RETRY_AFTER, "60"));
        assertEquals("The database has run out of disk space, so changes cannot be saved right now; reading still works."
                + " Try again once the operator has freed space.", answer.problem().detail());
    }

    @Test
    void anUnexpectedFailureIs500WithoutItsMessage() {
        var answer = answers.answer("GET", "/x", new IllegalStateException("select * from users where secret"));

        assertAnswer(answer, 500, "internal-server-error", Map.of());
        assertFalse(answer.problem().detail().contains("select"));
    }

    @Test
    void aHelidonClientErrorKeepsItsStatus() {
        assertAnswer(answers.answer("GET", "/x", new BadRequestException("bad")), 400, "bad-request", Map.of());
    }

    @Test
    void anUnroutedPathThatExistsWithOtherMethodsIs405ListingThem() {
        var answer = answers.answer("DELETE", "/api/cars/7", new io.helidon.http.NotFoundException("Endpoint not found"));

        assertAnswer(answer, 405, "method-not-allowed", Map.of(HeaderNames.ALLOW, "GET, HEAD, PATCH"));
    }

    @Test
    void anUnroutedPathIs404() {
        var answer = answers.answer("GET", "/api/cars/7/wheels", new io.helidon.http.NotFoundException("Endpoint not found"));

        assertAnswer(answer, 404, "not-found", Map.of());
    }
}
