package dev.carlot.persistence;

/** What health reporting shows of the database: who answered and how the pool is doing. */
public record DatabaseHealth(String backend, String version, PoolStats pool) {

    public record PoolStats(int active, int idle, int total, int waiting, int max) {
    }
}
