package dev.carlot.app.server;

import dev.carlot.app.observe.Exchange;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.List;
import java.util.function.Consumer;

/**
 * Times every request and hands the finished {@link Exchange} to the access log and the
 * metrics, once the answer is sent: only then is its status final, whoever wrote it (a
 * handler, {@link ErrorAnswers}, Helidon's own 404).
 */
final class RequestObserver implements Filter {
    /** The route label of requests no route took, so that scanners cannot create series. */
    static final String UNMATCHED = "unmatched";

    private final List<Consumer<Exchange>> listeners;

    RequestObserver(List<Consumer<Exchange>> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        // routing rewrites req.path() relative to a service; the prologue keeps what was asked
        String path = req.prologue().uriPath().path();
        String method = req.prologue().method().text();
        res.whenSent(() -> {
            int status = res.status().code();
            Exchange exchange = new Exchange(method, route(req, path, status), status, System.nanoTime() - start);
            listeners.forEach(listener -> listener.accept(exchange));
        });
        chain.proceed();
    }

    private static String route(RoutingRequest req, String path, int status) {
        return TemplateRules.matched(req).map(r -> r.path()).orElseGet(() -> {
            // Helidon's observe endpoints are registered without templates; their paths are few.
            boolean observe = path.startsWith("/observe/") && status != 404 && status != 405;
            return observe ? path : UNMATCHED;
        });
    }
}
