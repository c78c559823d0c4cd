package dev.carlot.app.server;

import io.helidon.common.uri.UriPath;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one level of indirection between Helidon's routing, built once, and the routes served,
 * which change when a plugin comes or goes. Helidon sends every request here (behind its filters:
 * the access log, metrics, headers and authentication); the request takes the table current when
 * it arrives and finishes on it, whatever {@link #swap} does meanwhile. A request no route of the
 * table takes goes on to Helidon's own routes (the observe endpoints), then to the 404/405 answers.
 */
public final class RouteSwitch implements Handler {
    private final AtomicReference<Generation> current;

    public RouteSwitch(Served first) {
        current = new AtomicReference<>(new Generation(first));
    }

    /** The table being served now. */
    public Served table() {
        return current.get().served();
    }

    /**
     * Serves {@code next} from now on, and returns the table it replaced once no request runs on
     * it any more (or {@code drain} has passed: a stalled request must not block a swap forever).
     */
    public Served swap(Served next, Duration drain) {
        Generation before = current.getAndSet(new Generation(next));
        before.retire(drain);
        return before.served();
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) throws Exception {
        Generation generation = enterCurrent();
        try {
            UriPath path = req.prologue().uriPath();
            String method = req.prologue().method().text();
            for (RouteEntry entry : generation.served().entries()) {
                if (!entry.route().method().equals(method)) {
                    continue;
                }
                PathMatchers.MatchResult match = entry.matcher().match(path);
                if (match.accepted()) {
                    // the handler reads its path parameters from req.path(), as under Helidon's own routing
                    ((RoutingRequest) req).path(match.path());
                    entry.handler().handle(req, res);
                    return;
                }
            }
            // a 404 or 405 for this request is decided on the table it ran on, not on one swapped in since
            req.context().register(RouteTable.class, generation.served().routeTable());
            res.next();
        } finally {
            generation.exit();
        }
    }

    /**
     * Enters the current table. Entering one that a swap has just replaced would let the swap think
     * it drained; such a request leaves it again and takes the new one.
     */
    private Generation enterCurrent() {
        while (true) {
            Generation generation = current.get();
            generation.enter();
            if (current.get() == generation) {
                return generation;
            }
            generation.exit();
        }
    }
}
