package dev.carlot.app.server;

import dev.carlot.feature.Principal;
import dev.carlot.feature.Tokens;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.ReadConsistency;
import dev.carlot.persistence.data.SessionUser;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a valid {@code Authorization: Bearer <token>} into the request's {@link Principal}.
 * An unknown or expired token leaves the request anonymous: public routes still answer, and
 * routes that need a caller answer 401 through {@link dev.carlot.feature.Caller#required}.
 *
 * <p>The same look-up, on the primary, says where the session's last write stands; the rest of
 * the request runs {@link Persistence#within} that, so that with a read replica the session
 * reads its own writes on whichever server it lands. Nothing of it comes from a header the client
 * could forge: a client can only name its own session, by its token.
 */
final class Authentication implements Filter {
    private static final String SCHEME = "bearer ";

    private final Persistence persistence;
    private final Clock clock;

    Authentication(Persistence persistence, Clock clock) {
        this.persistence = persistence;
        this.clock = clock;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        boolean writes = !(req.prologue().method().equals(Method.GET) || req.prologue().method().equals(Method.HEAD));
        Optional<String> hash = req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(value -> value.length() > SCHEME.length()
                        && value.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME))
                .map(value -> value.substring(SCHEME.length()).strip())
                .filter(token -> !token.isEmpty())
                .map(Tokens::hash);
        Optional<SessionUser> session = hash.flatMap(h -> persistence.repositories().sessions().findSession(h, clock.instant()));
        ReadConsistency consistency = ReadConsistency.anonymous(writes);
        if (session.isPresent()) {
            req.context().register(Principal.class, new Principal(session.get().user(), hash.orElseThrow()));
            consistency = ReadConsistency.of(hash.orElseThrow(), session.get(), writes);
        }
        persistence.within(consistency, chain::proceed);
    }
}
