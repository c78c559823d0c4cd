package dev.carlot.app.observe;

import dev.carlot.persistence.DatabaseHealth.PoolStats;
import dev.carlot.persistence.Persistence;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Meter;
import io.helidon.metrics.api.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Gauges of the connection pool ({@code carlot_db_pool_active}, idle, pending, max, total).
 * The SPI reports pool numbers only with a health round trip, so one snapshot serves all
 * gauges of a scrape. Removed again on {@link #close()}, so that a later server in the same
 * JVM (tests) does not read a closed database.
 */
public final class PoolGauges implements AutoCloseable {
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final Persistence persistence;
    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();
    private PoolStats last = new PoolStats(0, 0, 0, 0, 0);
    private long takenAt;

    private PoolGauges(Persistence persistence, MeterRegistry registry) {
        this.persistence = persistence;
        this.registry = registry;
        this.takenAt = System.nanoTime() - FRESH.toNanos() - 1;
    }

    public static PoolGauges register(Persistence persistence, MeterRegistry registry) {
        PoolGauges gauges = new PoolGauges(persistence, registry);
        gauges.add("active", "connections in use", PoolStats::active);
        gauges.add("idle", "open connections not in use", PoolStats::idle);
        gauges.add("pending", "threads waiting for a connection", PoolStats::waiting);
        gauges.add("max", "largest size the pool may grow to", PoolStats::max);
        gauges.add("total", "open connections", PoolStats::total);
        return gauges;
    }

    private void add(String name, String description, ToIntFunction<PoolStats> value) {
        meters.add(registry.getOrCreate(Gauge.builder("carlot.db.pool." + name, () -> value.applyAsInt(snapshot()))
                .description("Database pool: " + description)));
    }

    private synchronized PoolStats snapshot() {
        long now = System.nanoTime();
        if (now - takenAt > FRESH.toNanos()) {
            try {
                last = persistence.health().pool();
            } catch (RuntimeException e) {
                // the health check reports the outage; the gauges keep the last numbers
            }
            takenAt = now;
        }
        return last;
    }

    @Override
    public void close() {
        meters.forEach(registry::remove);
    }
}
