package dev.carlot.feature;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Where features register their handlers. Every route is also recorded, so that the runtime
 * can check the OpenAPI document against what is really served.
 */
public final class Routes {
    private final HttpRules rules;
    private final List<Route> declared = new ArrayList<>();

    public Routes(HttpRules rules) {
        this.rules = rules;
    }

    /** Serves {@code GET path} (and HEAD) with {@code handler}. */
    public Routes get(String path, Handler handler) {
        return add(Method.GET, path, handler);
    }

    /** Serves {@code POST path} with {@code handler}. */
    public Routes post(String path, Handler handler) {
        return add(Method.POST, path, handler);
    }

    /** Serves {@code PUT path} with {@code handler}. */
    public Routes put(String path, Handler handler) {
        return add(Method.PUT, path, handler);
    }

    /** Serves {@code PATCH path} with {@code handler}. */
    public Routes patch(String path, Handler handler) {
        return add(Method.PATCH, path, handler);
    }

    /** Serves {@code DELETE path} with {@code handler}. */
    public Routes delete(String path, Handler handler) {
        return add(Method.DELETE, path, handler);
    }

    /** Every route declared so far, in the order declared. */
    public List<Route> declared() {
        return List.copyOf(declared);
    }

    private Routes add(Method method, String path, Handler handler) {
        rules.route(method, path, handler);
        declared.add(new Route(method.text(), path));
        return this;
    }
}
