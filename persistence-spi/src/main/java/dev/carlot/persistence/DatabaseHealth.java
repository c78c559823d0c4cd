package dev.carlot.persistence;

import java.time.Duration;
import java.util.Optional;

/**
 * What health reporting shows of the database: who answered, how the pool is doing and, when
 * reads go to a replica, how the replica is doing.
 *
 * @param backend the backend's name
 * @param version the server's version text, from a round trip
 * @param pool the primary's connection pool
 * @param replica the read replica, when one is configured
 */
public record DatabaseHealth(String backend, String version, PoolStats pool, Optional<ReplicaHealth> replica) {

    /** The health of a database without a read replica. */
    public DatabaseHealth(String backend, String version, PoolStats pool) {
        this(backend, version, pool, Optional.empty());
    }

    /**
     * Connections of one pool.
     *
     * @param active in use
     * @param idle open and free
     * @param total open
     * @param waiting callers waiting for one
     * @param max the most the pool may open
     */
    public record PoolStats(int active, int idle, int total, int waiting, int max) {
    }

    /**
     * The read replica as its last probe saw it.
     *
     * @param state whether reads go to it, and if not why
     * @param lag how far its replay is behind the primary, in time (zero when it has replayed all the
     *        primary had written at the last probe)
     * @param lagBytes the same in bytes of WAL
     * @param maxLag the bound past which reads skip it
     * @param pool its own connection pool
     */
    public record ReplicaHealth(ReplicaState state, Duration lag, long lagBytes, Duration maxLag, PoolStats pool) {
    }

    /** Whether the read replica serves reads, and if not why. */
    public enum ReplicaState {
        /** Not probed yet: reads go to the primary. */
        STARTING,
        /** Within the lag bound: reads go to it (a session's only once it has replayed the session's last write). */
        SERVING,
        /** Lagging past the bound: reads go to the primary until it catches up. */
        LAGGING,
        /** Unreachable, or a read on it failed: reads go to the primary until a probe succeeds. */
        DOWN,
        /** It answers but is not in recovery (a promoted or wrong server): reads go to the primary. */
        NOT_A_REPLICA
    }
}
