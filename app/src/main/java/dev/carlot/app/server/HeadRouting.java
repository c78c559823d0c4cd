package dev.carlot.app.server;

import io.helidon.common.Weighted;
import io.helidon.http.Method;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpFeature;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpSecurity;
import io.helidon.webserver.http.HttpService;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A routing that passes everything through, except that every GET route registered on it, through
 * a service or a feature it is given, also answers HEAD: the GET's handler into a
 * {@link HeadResponse}, so the same status and headers and no body.
 */
final class HeadRouting implements HttpRouting.Builder {
    private final HttpRouting.Builder delegate;

    HeadRouting(HttpRouting.Builder delegate) {
        this.delegate = delegate;
    }

    @Override
    public HttpRouting.Builder register(HttpService... services) {
        delegate.register(heads(services));
        return this;
    }

    @Override
    public HttpRouting.Builder register(String pathPattern, HttpService... services) {
        delegate.register(pathPattern, heads(services));
        return this;
    }

    @Override
    public HttpRouting.Builder route(HttpRoute route) {
        delegate.route(route);
        return this;
    }

    @Override
    public HttpRouting.Builder route(Method method, String pathPattern, Handler handler) {
        Rules.both(delegate, method, pathPattern, handler);
        return this;
    }

    @Override
    public HttpRouting.Builder addFilter(Filter filter) {
        delegate.addFilter(filter);
        return this;
    }

    @Override
    public HttpRouting.Builder addFeature(Supplier<? extends HttpFeature> feature) {
        HttpFeature given = feature.get();
        delegate.addFeature(new Feature(given));
        return this;
    }

    @Override
    public <T extends Throwable> HttpRouting.Builder error(Class<T> exceptionClass, ErrorHandler<? super T> handler) {
        delegate.error(exceptionClass, handler);
        return this;
    }

    @Override
    public HttpRouting.Builder maxReRouteCount(int maxReRouteCount) {
        delegate.maxReRouteCount(maxReRouteCount);
        return this;
    }

    @Override
    public HttpRouting.Builder security(HttpSecurity security) {
        delegate.security(security);
        return this;
    }

    @Override
    public HttpRouting.Builder copy() {
        return new HeadRouting(delegate.copy());
    }

    @Override
    public HttpRouting build() {
        return delegate.build();
    }

    private static HttpService[] heads(HttpService... services) {
        return Arrays.stream(services).map(Service::new).toArray(HttpService[]::new);
    }

    /** A feature set up on a {@link HeadRouting}; its socket, weight and lifecycle are the feature's own. */
    private record Feature(HttpFeature delegate) implements HttpFeature, Weighted {
        @Override
        public void setup(HttpRouting.Builder routing) {
            delegate.setup(new HeadRouting(routing));
        }

        @Override
        public String socket() {
            return delegate.socket();
        }

        @Override
        public double weight() {
            return delegate instanceof Weighted weighted ? weighted.weight() : Weighted.DEFAULT_WEIGHT;
        }

        @Override
        public boolean socketRequired() {
            return delegate.socketRequired();
        }

        @Override
        public void beforeStart() {
            delegate.beforeStart();
        }

        @Override
        public void afterStop() {
            delegate.afterStop();
        }
    }

    /** A service whose rules answer HEAD beside GET. */
    private record Service(HttpService delegate) implements HttpService {
        @Override
        public void routing(HttpRules rules) {
            delegate.routing(new Rules(rules));
        }

        @Override
        public void beforeStart() {
            delegate.beforeStart();
        }

        @Override
        public void afterStop() {
            delegate.afterStop();
        }
    }

    private record Rules(HttpRules delegate) implements HttpRules {
        /** Registers {@code handler} for {@code method} and, for a GET, as the HEAD of the same path. */
        static void both(HttpRules rules, Method method, String pathPattern, Handler handler) {
            rules.route(method, pathPattern, handler);
            if (method == Method.GET) {
                rules.route(Method.HEAD, pathPattern, (req, res) -> handler.handle(req, new HeadResponse(req, res)));
            }
        }

        @Override
        public HttpRules register(HttpService... services) {
            delegate.register(heads(services));
            return this;
        }

        @Override
        public HttpRules register(String pathPattern, HttpService... services) {
            delegate.register(pathPattern, heads(services));
            return this;
        }

        @Override
        public HttpRules route(HttpRoute route) {
            delegate.route(route);
            return this;
        }

        @Override
        public HttpRules route(Method method, String pathPattern, Handler handler) {
            both(delegate, method, pathPattern, handler);
            return this;
        }
    }
}
