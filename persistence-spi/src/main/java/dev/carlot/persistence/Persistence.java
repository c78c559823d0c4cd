package dev.carlot.persistence;

import dev.carlot.persistence.plugin.PluginStores;
import java.nio.file.Path;
import java.util.List;

/**
 * An opened database. {@link #repositories()} run each call in its own transaction;
 * {@link #inTransaction} groups calls atomically.
 */
public interface Persistence extends UnitOfWork, Backups, AutoCloseable {

    /** The backend's name, as in {@link PersistenceProvider#name()}. */
    String backend();

    /** The repositories; each call runs in its own transaction. */
    Repositories repositories();

    /**
     * Whether this database is private to this machine, for development (the embedded one):
     * {@code serve} then seeds an empty one with demo data, and the demo accounts may get the
     * documented development password. A shared server (the default) gets neither.
     */
    default boolean privateToThisMachine() {
        return false;
    }

    /** The plugins' schemas, histories and roles: each plugin's data, kept apart by PostgreSQL's privileges. */
    PluginStores plugins();

    /**
     * Runs one request's {@code work} with what its reads must see: a backend with a read replica
     * sends a reading request's plain reads there when the replica has replayed the session's last
     * write and lags less than its bound, and remembers the session's writes; everything else, and
     * work outside this call, reads from the primary. A backend without replicas just runs {@code work}.
     */
    default void within(ReadConsistency consistency, Runnable work) {
        work.run();
    }

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

    /**
     * Loads a backup file: checks every checksum and count first, brings an empty database to
     * the backup's schema version, then loads everything in one transaction.
     *
     * @param force replace the data of a database that holds some, instead of refusing
     * @throws InvalidDataException when the file is damaged, incomplete or of a newer schema
     * @throws ConflictException ({@link Conflict#RESTORE_TARGET_NOT_EMPTY}) when the database holds data and
     *         {@code force} is false, ({@link Conflict#RESTORE_SCHEMA_NEWER}) when its schema is newer than the backup's
     */
    RestoreReport restore(Path file, boolean force);

    @Override
    void close();
}
