package dev.carlot.persistence;

/** What health reporting shows of the database: who answered and how the pool is doing. */
public record DatabaseHealth(String backend, String version, PoolStats pool) {

    /** The connection pool's counts at one moment: in use, idle, open, callers waiting, and the most it opens. */
    public record PoolStats(int active, int idle, int total, int waiting, int max) {
    }
}
