package dev.carlot.app.observe;

import dev.carlot.persistence.DatabaseHealth;
import dev.carlot.persistence.DatabaseHealth.PoolStats;
import dev.carlot.persistence.Persistence;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Meter;
import io.helidon.metrics.api.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Gauges of the connection pool ({@code carlot_db_pool_active}, idle, pending, max, total), and of
 * the read replica's when one is configured.
 * The SPI reports pool numbers only with a health round trip, so one snapshot serves all
 * gauges of a scrape. Removed again on {@link #close()}, so that a later server in the same
 * JVM (tests) does not read a closed database.
 */
public final class PoolGauges implements AutoCloseable {
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final Persistence persistence;
    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();
    private static final PoolStats NONE = new PoolStats(0, 0, 0, 0, 0);

    private DatabaseHealth last = new DatabaseHealth("", "", NONE);
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
        if (gauges.snapshot().replica().isPresent()) {
            gauges.addReplica();
        }
        return gauges;
    }

    private void add(String name, String description, ToIntFunction<PoolStats> value) {
        meters.add(registry.getOrCreate(Gauge.builder("carlot.db.pool." + name,
                        () -> value.applyAsInt(snapshot().pool()))
                .description("Database pool: " + description)));
    }

    /** The read replica's pool ({@code carlot_db_replica_pool_*}), its lag, and whether reads go to it. */
    private void addReplica() {
        Map<String, ToIntFunction<PoolStats>> pool = Map.of("active", PoolStats::active, "idle", PoolStats::idle,
                "pending", PoolStats::waiting, "max", PoolStats::max, "total", PoolStats::total);
        pool.forEach((name, value) -> meters.add(registry.getOrCreate(Gauge.builder("carlot.db.replica.pool." + name,
                        () -> replica().map(r -> value.applyAsInt(r.pool())).orElse(0))
                .description("Read replica pool: " + name + " connections"))));
        meters.add(registry.getOrCreate(Gauge.builder("carlot.db.replica.lag.seconds",
                        () -> replica().map(r -> r.lag().toNanos() / 1e9).orElse(0.0))
                .description("How far the read replica's replay is behind the primary")));
        meters.add(registry.getOrCreate(Gauge.builder("carlot.db.replica.serving",
                        () -> replica().filter(r -> r.state() == DatabaseHealth.ReplicaState.SERVING).isPresent() ? 1 : 0)
                .description("1 while plain reads go to the read replica, 0 while they go to the primary")));
    }

    private Optional<DatabaseHealth.ReplicaHealth> replica() {
        return snapshot().replica();
    }

    private synchronized DatabaseHealth snapshot() {
        long now = System.nanoTime();
        if (now - takenAt > FRESH.toNanos()) {
            try {
                last = persistence.health();
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
