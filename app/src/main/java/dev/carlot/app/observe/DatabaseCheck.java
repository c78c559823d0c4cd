package dev.carlot.app.observe;

import dev.carlot.persistence.DatabaseHealth;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.UnavailableException;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The health check named {@code database}: one round trip plus the pool's numbers (and the read
 * replica's state, lag and pool when one is configured), DOWN when the
 * database does not answer (which makes {@code /observe/health} a 503). The endpoint is
 * anonymous, so a DOWN answer says only that the database is unreachable: the driver's reason
 * names the database's host and port, and goes to the log, once per outage.
 */
public final class DatabaseCheck implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(DatabaseCheck.class.getName());

    /** What the anonymous answer says; the reason is in the log. */
    static final String UNREACHABLE = "the database does not answer; see the server's log";

    private final Persistence persistence;
    private final AtomicBoolean down = new AtomicBoolean();

    public DatabaseCheck(Persistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthCheckType type() {
        // not LIVENESS: a restart does not bring a database back
        return HealthCheckType.READINESS;
    }

    /**
     * The replica's state, lag and pool beside the primary's. Its state does not make the check
     * DOWN: reads go to the primary meanwhile, so the server still serves everything.
     */
    private static void replicaDetails(HealthCheckResponse.Builder response, DatabaseHealth.ReplicaHealth replica) {
        DatabaseHealth.PoolStats pool = replica.pool();
        response.detail("replicaState", replica.state().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .detail("replicaLagMillis", replica.lag().toMillis())
                .detail("replicaLagBytes", replica.lagBytes())
                .detail("replicaMaxLagMillis", replica.maxLag().toMillis())
                .detail("replicaPoolActive", pool.active())
                .detail("replicaPoolIdle", pool.idle())
                .detail("replicaPoolTotal", pool.total())
                .detail("replicaPoolWaiting", pool.waiting())
                .detail("replicaPoolMax", pool.max());
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.builder().detail("backend", persistence.backend());
        try {
            DatabaseHealth health = persistence.health();
            DatabaseHealth.PoolStats pool = health.pool();
            if (down.compareAndSet(true, false)) {
                LOG.info("the database answers again");
            }
            response.status(HealthCheckResponse.Status.UP)
                    .detail("version", health.version())
                    .detail("poolActive", pool.active())
                    .detail("poolIdle", pool.idle())
                    .detail("poolTotal", pool.total())
                    .detail("poolWaiting", pool.waiting())
                    .detail("poolMax", pool.max());
            health.replica().ifPresent(replica -> replicaDetails(response, replica));
            return response.build();
        } catch (UnavailableException e) {
            if (down.compareAndSet(false, true)) {
                LOG.warning("health: " + e.getMessage());
            }
            return response.status(HealthCheckResponse.Status.DOWN).detail("error", UNREACHABLE).build();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the database health check failed unexpectedly", e);
            return response.status(HealthCheckResponse.Status.DOWN).detail("error", "unexpected failure; see the log")
                    .build();
        }
    }
}
