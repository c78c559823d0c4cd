package dev.carlot.persistence.postgres;

import dev.carlot.persistence.DatabaseHealth.ReplicaHealth;
import dev.carlot.persistence.postgres.replica.ReplicaProbe;
import dev.carlot.persistence.postgres.replica.ReplicaStatus;
import java.time.Duration;

/** A streaming replica for reads: its own pool and admission, and the probe that says whether to use it. */
record PostgresReplica(PostgresPool pool, PostgresAdmission admission, ReplicaProbe probe) implements AutoCloseable {

    /** Opens the replica's pool (without waiting for the replica to answer) and starts its probe. */
    static PostgresReplica open(PostgresLogin login, int size, Duration maxLag, PostgresPool primary) {
        PostgresPool pool = PostgresPool.openReplica(login, size);
        try {
            ReplicaProbe probe = ReplicaProbe.start(primary::connection, pool::connection, maxLag);
            return new PostgresReplica(pool, new PostgresAdmission(pool), probe);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    ReplicaHealth health() {
        ReplicaStatus status = probe.status();
        return new ReplicaHealth(status.state(), status.lag(), status.lagBytes(), probe.maxLag(), pool.stats());
    }

    @Override
    public void close() {
        probe.close();
        pool.close();
    }
}
