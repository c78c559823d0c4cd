package dev.carlot.app.server;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.JsonText;
import dev.carlot.feature.Problem;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.UnavailableException;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become answers: every exception a feature, the authentication
 * filter or the router throws leaves as {@code application/problem+json}. Only the unexpected
 * is logged with its stack trace; the client never sees one, nor SQL, nor the database's address.
 */
final class ErrorAnswers implements ErrorHandler<Throwable> {
    private static final Logger LOG = Logger.getLogger(ErrorAnswers.class.getName());

    /** A problem and the headers that go with it. */
    record Answer(Problem problem, Map<HeaderName, String> headers) {
        Answer(Problem problem) {
            this(problem, Map.of());
        }
    }

    /** The routes served now: plugins come and go. */
    private final Supplier<RouteTable> routes;

    ErrorAnswers(Supplier<RouteTable> routes) {
        this.routes = routes;
    }

    /** Helidon has reset the response (or closes the connection when the answer had begun). */
    @Override
    public void handle(ServerRequest req, ServerResponse res, Throwable e) {
        // the prologue keeps the path as asked; req.path() is relative to the service that ran
        RouteTable table = req.context().get(RouteTable.class, RouteTable.class).orElseGet(routes);
        Answer answer = answer(req.prologue().method().text(), req.prologue().uriPath().path(), e, table);
        res.status(Status.create(answer.problem().status()));
        ResponseHeaders.apply(req, res);
        answer.headers().forEach(res::header);
        res.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        HeadResponse.send(req, res, JsonText.bytes(answer.problem().toJson()));
    }

    Answer answer(String method, String path, Throwable e) {
        return answer(method, path, e, routes.get());
    }

    private Answer answer(String method, String path, Throwable e, RouteTable table) {
        return switch (e) {
            case ApiException api -> new Answer(api.problem(), headers(api));
            case io.helidon.http.NotFoundException unrouted -> unrouted(method, path, table);
            case NotFoundException missing -> new Answer(ApiException.notFound(Problems.sentence(missing.getMessage())).problem());
            case ConflictException conflict -> new Answer(ApiException.conflict(Problems.sentence(conflict.getMessage())).problem());
            case InvalidDataException invalid -> new Answer(ApiException.badRequest(Problems.sentence(invalid.getMessage())).problem());
            case UnavailableException full when full.diskFull() -> {
                LOG.warning(method + " " + path + ": " + full.getMessage());
                yield new Answer(Problems.diskFull(),
                        Map.of(HeaderNames.RETRY_AFTER, Integer.toString(Problems.DISK_FULL_RETRY_AFTER_SECONDS)));
            }
            case UnavailableException down -> {
                LOG.warning(method + " " + path + ": " + down.getMessage());
                yield new Answer(Problems.unavailable(),
                        Map.of(HeaderNames.RETRY_AFTER, Integer.toString(Problems.RETRY_AFTER_SECONDS)));
            }
            case HttpException http when http.status().code() < 500 -> transport(http.status().code());
            case RequestException request when request.status().code() < 500 -> transport(request.status().code());
            default -> {
                LOG.log(Level.SEVERE, "unexpected failure in " + method + " " + path, e);
                yield new Answer(Problems.internal());
            }
        };
    }

    private static Map<HeaderName, String> headers(ApiException api) {
        Map<HeaderName, String> headers = new LinkedHashMap<>();
        api.headers().forEach((name, value) -> headers.put(HeaderNames.create(name), value));
        if (api.problem().status() == 401) {
            headers.put(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        return headers;
    }

    /** No route took the request: 405 when the path exists with other methods, else 404. */
    private Answer unrouted(String method, String path, RouteTable table) {
        Set<String> methods = table.methodsFor(path);
        if (methods.isEmpty()) {
            return new Answer(Problems.notFound(path));
        }
        String allowed = String.join(", ", methods);
        return new Answer(Problems.forStatus(405, method + " is not allowed on '" + path + "'; allowed: " + allowed + "."),
                Map.of(HeaderNames.ALLOW, allowed));
    }

    private static Answer transport(int status) {
        return new Answer(Problems.forStatus(status, Problems.transportDetail(status)));
    }
}
