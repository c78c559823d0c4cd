package dev.carlot.app.server;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a feature registers on: they only collect its routes, in order, for a table that
 * {@link RouteSwitch} serves later. Helidon's routing is built once per server and cannot change,
 * so features never register on it directly; they go through {@link dev.carlot.feature.Routes},
 * which uses nothing but {@link #route(Method, String, Handler)}.
 */
final class CollectingRules implements HttpRules {
    private final List<RouteEntry> entries = new ArrayList<>();

    List<RouteEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public HttpRules route(Method method, String pathPattern, Handler handler) {
        entries.add(RouteEntry.of(method, pathPattern, handler));
        return this;
    }

    @Override
    public HttpRules register(HttpService... service) {
        throw unsupported();
    }

    @Override
    public HttpRules register(String pathPattern, HttpService... service) {
        throw unsupported();
    }

    @Override
    public HttpRules route(HttpRoute route) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("features register routes through dev.carlot.feature.Routes only");
    }
}
