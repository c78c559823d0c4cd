package dev.carlot.app.server;

import dev.carlot.feature.Route;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/**
 * The rules features register on. Each handler is wrapped so that the request remembers the
 * route it matched ({@code /api/cars/{id}}, not {@code /api/cars/17}): Helidon 4.1 does not
 * expose it, and logs and metrics must not grow a series per id.
 */
final class TemplateRules implements HttpRules {
    private static final Object MATCHED = new Object();

    private final HttpRules delegate;

    TemplateRules(HttpRules delegate) {
        this.delegate = delegate;
    }

    /** The template of the route that served {@code request}, if one of these rules did. */
    static Optional<Route> matched(ServerRequest request) {
        return request.context().get(MATCHED, Route.class);
    }

    @Override
    public HttpRules route(Method method, String pathPattern, Handler handler) {
        Route route = new Route(method.text(), pathPattern);
        delegate.route(method, pathPattern, (req, res) -> {
            req.context().register(MATCHED, route);
            handler.handle(req, res);
        });
        if (method == Method.GET) {
            // every GET route answers HEAD as well: the GET's answer without its body
            Route head = new Route(Method.HEAD.text(), pathPattern);
            delegate.route(Method.HEAD, pathPattern, (req, res) -> {
                req.context().register(MATCHED, head);
                handler.handle(req, new HeadResponse(req, res));
            });
        }
        return this;
    }

    @Override
    public HttpRules register(HttpService... service) {
        delegate.register(service);
        return this;
    }

    @Override
    public HttpRules register(String pathPattern, HttpService... service) {
        delegate.register(pathPattern, service);
        return this;
    }

    @Override
    public HttpRules route(HttpRoute route) {
        delegate.route(route);
        return this;
    }
}
