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

    public Routes get(String path, Handler handler) {
        return add(Method.GET, path, handler);
    }

    public Routes post(String path, Handler handler) {
        return add(Method.POST, path, handler);
    }

    public Routes put(String path, Handler handler) {
        return add(Method.PUT, path, handler);
    }

    public Routes patch(String path, Handler handler) {
        return add(Method.PATCH, path, handler);
    }

    public Routes delete(String path, Handler handler) {
        return add(Method.DELETE, path, handler);
    }

    public List<Route> declared() {
        return List.copyOf(declared);
    }

    private Routes add(Method method, String path, Handler handler) {
        rules.route(method, path, handler);
        declared.add(new Route(method.text(), path));
        return this;
    }
}
