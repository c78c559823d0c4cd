package dev.carlot.app.server;

import dev.carlot.feature.JsonText;
import dev.carlot.feature.Problem;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.DirectHandlers;

/**
 * Problem+json for the errors Helidon answers before any route runs: a malformed request
 * line, headers too large, a body above the server's limit.
 */
final class TransportProblems {
    private TransportProblems() {
    }

    static DirectHandlers handlers() {
        DirectHandler handler = (request, event, status, headers, message) -> {
            Problem problem = Problems.forStatus(status.code(), Problems.transportDetail(status.code()));
            headers.set(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
            headers.set(ResponseHeaders.NOSNIFF);
            return DirectHandler.TransportResponse.builder()
                    .status(status)
                    .headers(headers)
                    .keepAlive(event.keepAlive())
                    .entity(JsonText.bytes(problem.toJson()))
                    .build();
        };
        var builder = DirectHandlers.builder();
        for (DirectHandler.EventType event : DirectHandler.EventType.values()) {
            builder.addHandler(event, handler);
        }
        return builder.build();
    }
}
