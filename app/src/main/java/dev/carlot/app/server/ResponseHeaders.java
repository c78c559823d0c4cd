package dev.carlot.app.server;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The headers every answer carries, whoever writes it (a feature, {@link ErrorAnswers}, the
 * observe endpoints): {@code X-Content-Type-Options: nosniff}, so that no browser guesses a type
 * other than the one sent, and {@code Cache-Control: no-store} on answers that may hold a token
 * or private data: everything under {@code /api/auth/} (register and login answer with a token)
 * and every answer to a request that sent credentials. Public, anonymous reads stay cacheable.
 */
final class ResponseHeaders implements Filter {
    static final Header NOSNIFF = HeaderValues.create("X-Content-Type-Options", "nosniff");
    static final Header NO_STORE = HeaderValues.create(HeaderNames.CACHE_CONTROL, "no-store");

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        apply(req, res);
        chain.proceed();
    }

    /** Also called by {@link ErrorAnswers}: Helidon resets the headers before an error is answered. */
    static void apply(ServerRequest req, ServerResponse res) {
        res.header(NOSNIFF);
        if (carriesSecrets(req.prologue().uriPath().path(), req.headers().contains(HeaderNames.AUTHORIZATION))) {
            res.header(NO_STORE);
        }
    }

    static boolean carriesSecrets(String path, boolean credentials) {
        return credentials || path.startsWith("/api/auth/");
    }
}
