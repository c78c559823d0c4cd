package dev.carlot.app.observe;

import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code carlot_http_requests_seconds} per method, route template and status: count, sum,
 * max and histogram buckets, so that request counts and latencies come from one timer and
 * percentiles can be aggregated across instances.
 */
public final class HttpMetrics implements Consumer<Exchange> {
    static final String NAME = "carlot.http.requests";
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accept(Exchange exchange) {
        Timer timer = registry.getOrCreate(Timer.builder(NAME)
                .description("HTTP requests by method, route template and status")
                .buckets(BUCKETS)
                // no client-side quantiles: they cannot be aggregated across instances, buckets can
                .percentiles(new double[0])
                .tags(List.of(Tag.create("method", exchange.method()), Tag.create("route", exchange.route()),
                        Tag.create("status", Integer.toString(exchange.status())))));
        timer.record(Duration.ofNanos(exchange.nanos()));
    }
}
