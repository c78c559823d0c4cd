package dev.carlot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Route;
import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.UnavailableException;
import io.helidon.http.BadRequestException;
import io.helidon.http.HeaderNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorAnswersTest {
    private final ErrorAnswers answers = new ErrorAnswers(new RouteTable(List.of(
            new Route("GET", "/api/cars/{id}"), new Route("PATCH", "/api/cars/{id}"), new Route("GET", "/api/cars"))));

    @Test
    void anApiExceptionKeepsItsProblem() {
        var answer = answers.answer("GET", "/x", ApiException.forbidden("Not yours."));

        assertEquals(403, answer.problem().status());
        assertEquals("Not yours.", answer.problem().detail());
    }

    @Test
    void a401AsksForABearerToken() {
        var answer = answers.answer("GET", "/x", ApiException.unauthorized());

        assertEquals("Bearer", answer.headers().get(HeaderNames.WWW_AUTHENTICATE));
    }

    @Test
    void persistenceErrorsMapToTheirStatusWithTheirSentence() {
        assertEquals(404, answers.answer("GET", "/x", new NotFoundException("the car does not exist")).problem().status());
        var conflict = answers.answer("GET", "/x", new ConflictException(Conflict.CAR_HAS_ACTIVE_ORDER,
                "the car already has a pending or confirmed order")).problem();
        assertEquals(409, conflict.status());
        assertEquals("The car already has a pending or confirmed order.", conflict.detail());
        assertEquals(400, answers.answer("GET", "/x", new InvalidDataException("value too long")).problem().status());
    }

    @Test
    void anUnavailableDatabaseIs503WithRetryAfterAndNoAddress() {
        var answer = answers.answer("GET", "/x",
                new UnavailableException("cannot connect to PostgreSQL at 10.0.0.7:5432: connection refused"));

        assertEquals(503, answer.problem().status());
        assertEquals("5", answer.headers().get(HeaderNames.RETRY_AFTER));
        assertFalse(answer.problem().detail().contains("10.0.0.7"));
    }

    @Test
    void aFullDiskIs507WithRetryAfterAndSaysWhatIsFull() {
        var answer = answers.answer("POST", "/api/cars", UnavailableException.diskFull(
                "the database's disk is full: could not extend file \"base/5/16384\": No space left on device", null));

        assertEquals(507, answer.problem().status());
        assertEquals("60", answer.headers().get(HeaderNames.RETRY_AFTER));
        assertEquals("The database has run out of disk space, so changes cannot be saved right now; reading still works."
                + " Try again once the operator has freed space.", answer.problem().detail());
        assertFalse(answer.problem().detail().contains("base/5"));
    }

    @Test
    void anUnexpectedFailureIs500WithoutItsMessage() {
        var answer = answers.answer("GET", "/x", new IllegalStateException("select * from users where secret"));

        assertEquals(500, answer.problem().status());
        assertFalse(answer.problem().detail().contains("select"));
    }

    @Test
    void aHelidonClientErrorKeepsItsStatus() {
        assertEquals(400, answers.answer("GET", "/x", new BadRequestException("bad")).problem().status());
    }

    @Test
    void anUnroutedPathThatExistsWithOtherMethodsIs405ListingThem() {
        var answer = answers.answer("DELETE", "/api/cars/7", new io.helidon.http.NotFoundException("Endpoint not found"));

        assertEquals(405, answer.problem().status());
        assertEquals("GET, HEAD, PATCH", answer.headers().get(HeaderNames.ALLOW), "HEAD wherever GET is");
    }

    @Test
    void anUnroutedPathIs404() {
        var answer = answers.answer("GET", "/api/cars/7/wheels", new io.helidon.http.NotFoundException("Endpoint not found"));

        assertEquals(404, answer.problem().status());
    }
}
