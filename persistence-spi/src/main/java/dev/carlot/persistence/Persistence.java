package dev.carlot.persistence;

import java.util.List;
import java.util.function.Function;

/**
 * An opened database. Repositories obtained directly run each call in its own transaction;
 * {@link #inTransaction(Function)} groups calls atomically.
 */
public interface Persistence extends Repositories, AutoCloseable {

    /** The backend's name, as in {@link PersistenceProvider#name()}. */
    String backend();

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it
     * throws. The repositories handed to {@code work} must not escape it.
     */
    <T> T inTransaction(Function<Repositories, T> work);

    /** Applies pending migrations; safe to run concurrently from several processes. */
    MigrationReport migrate();

    /** Every known migration, applied or pending, in version order. */
    List<MigrationInfo> migrationStatus();

    /**
     * A live look at the database: one round trip plus pool statistics.
     *
     * @throws UnavailableException when the database does not answer
     */
    DatabaseHealth health();

    @Override
    void close();
}
