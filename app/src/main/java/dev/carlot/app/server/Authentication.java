package dev.carlot.app.server;

import dev.carlot.feature.Principal;
import dev.carlot.feature.Tokens;
import dev.carlot.persistence.data.Sessions;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.time.Clock;
import java.util.Locale;

/**
 * Turns a valid {@code Authorization: Bearer <token>} into the request's {@link Principal}.
 * An unknown or expired token leaves the request anonymous: public routes still answer, and
 * routes that need a caller answer 401 through {@link dev.carlot.feature.Caller#required}.
 */
final class Authentication implements Filter {
    private static final String SCHEME = "bearer ";

    private final Sessions sessions;
    private final Clock clock;

    Authentication(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(value -> value.length() > SCHEME.length()
                        && value.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME))
                .map(value -> value.substring(SCHEME.length()).strip())
                .filter(token -> !token.isEmpty())
                .map(Tokens::hash)
                .ifPresent(hash -> sessions.findUser(hash, clock.instant())
                        .ifPresent(user -> req.context().register(Principal.class, new Principal(user, hash))));
        chain.proceed();
    }
}
