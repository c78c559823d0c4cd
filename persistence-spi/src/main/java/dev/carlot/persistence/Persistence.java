package dev.carlot.persistence;

import java.io.OutputStream;
import java.nio.file.Path;
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

    /**
     * Writes a logical backup of all Carlot data to {@code out}: one consistent snapshot taken
     * while the database keeps serving, streamed, so its size does not depend on memory. The
     * stream is not closed.
     *
     * @throws UnavailableException when the database or the stream fails
     */
    BackupManifest backup(OutputStream out);

    /**
     * The manifest of a backup file, read without loading or checking its data.
     *
     * @throws InvalidDataException when the file is not a readable backup
     */
    BackupManifest backupManifest(Path file);

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
