package dev.carlot.persistence.postgres;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.DatabaseHealth;
import dev.carlot.persistence.MigrationInfo;
import dev.carlot.persistence.MigrationReport;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.RestoreReport;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbTransaction;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/** An opened PostgreSQL database: the pool, DB Client over it, the repositories and the migrations. */
final class PostgresPersistence implements Persistence {

    private final PostgresPool pool;
    private final DbClient db;
    private final Sql sql;
    private final Repositories repositories;
    private final PostgresMigrations migrations;
    private final PostgresBackups backups;
    private final Optional<ApplicationRole> role;

    PostgresPersistence(PostgresPool pool, DbClient db, Optional<ApplicationRole> role) {
        this.pool = pool;
        this.role = role;
        this.db = db;
        this.sql = Sql.autoCommit(pool);
        this.repositories = PostgresRepositories.over(sql);
        this.migrations = new PostgresMigrations(pool.migrationDataSource());
        this.backups = new PostgresBackups(pool.directDataSource("carlot-backup"), migrations);
    }

    /** The auto-commit statement runner, for this package's tests of failure paths. */
    Sql sql() {
        return sql;
    }

    /** The server's {@code version()} text; proves a round trip. */
    String version() {
        return sql.one("select version() as version", row -> Rows.text(row, "version")).orElseThrow();
    }

    @Override
    public Repositories repositories() {
        return repositories;
    }

    @Override
    public String backend() {
        return PostgresProvider.NAME;
    }

    /**
     * DB Client's transaction takes a connection with its first statement and gives it back only
     * on commit or rollback, so one of the two runs on every path out of {@code work}, whatever
     * it throws (helidon-io/helidon#5509 was the pool starving when that was left out).
     */
    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
        DbTransaction transaction = db.transaction();
        AtomicBoolean started = new AtomicBoolean();
        Sql inside = Sql.inTransaction(() -> {
            started.set(true);
            return transaction;
        });
        T result;
        try {
            result = work.apply(PostgresRepositories.over(inside));
        } catch (Throwable failure) {
            if (started.get()) {
                rollback(transaction, failure);
            }
            throw failure;
        }
        if (started.get()) {
            try {
                transaction.commit();
            } catch (RuntimeException e) {
                throw PostgresErrors.translate(e, false);
            }
        }
        return result;
    }

    private static void rollback(DbTransaction transaction, Throwable failure) {
        try {
            transaction.rollback();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public MigrationReport migrate() {
        MigrationReport report = migrations.migrate();
        role.ifPresent(ApplicationRole::grant);
        return report;
    }

    @Override
    public List<MigrationInfo> migrationStatus() {
        return migrations.status();
    }

    @Override
    public DatabaseHealth health() {
        return new DatabaseHealth(backend(), version(), pool.stats());
    }

    @Override
    public BackupManifest backup(OutputStream out) {
        return backups.backup(out);
    }

    @Override
    public BackupManifest backupManifest(Path file) {
        return backups.manifest(file);
    }

    @Override
    public RestoreReport restore(Path file, boolean force) {
        try {
            return backups.restore(file, force);
        } finally {
            // a restore may have migrated, and so created tables
            role.ifPresent(ApplicationRole::grant);
        }
    }

    @Override
    public void close() {
        db.close();
        pool.close();
    }
}
