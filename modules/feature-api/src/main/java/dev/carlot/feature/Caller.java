package dev.carlot.feature;

import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/**
 * Who is calling. The runtime's authentication filter registers the {@link Principal} in the
 * request context when a valid bearer token came with the request.
 */
public final class Caller {
    private Caller() {
    }

    /** Who sent {@code request}, as the authentication filter found them; empty when nobody signed in. */
    public static Optional<Principal> of(ServerRequest request) {
        return request.context().get(Principal.class, Principal.class);
    }

    /** The caller, or a 401 problem for an anonymous request. */
    public static Principal required(ServerRequest request) {
        return of(request).orElseThrow(ApiException::unauthorized);
    }
}
