package dev.carlot.app.server;

import dev.carlot.feature.Route;
import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.http.Handler;

/** One route of a {@link RouteSwitch} table: what it answers, how its path matches, and who answers. */
public record RouteEntry(Route route, Method method, PathMatcher matcher, Handler handler) {

    static RouteEntry of(Method method, String pathPattern, Handler handler) {
        return new RouteEntry(new Route(method.text(), pathPattern), method, PathMatchers.create(pathPattern), handler);
    }
}
