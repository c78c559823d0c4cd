package dev.carlot.persistence.postgres;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.DatabaseHealth;
import dev.carlot.persistence.MigrationInfo;
import dev.carlot.persistence.MigrationReport;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.ReadConsistency;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.RestoreReport;
import dev.carlot.persistence.plugin.PluginStores;
import dev.carlot.persistence.postgres.plugin.PostgresPluginStores;
import dev.carlot.persistence.postgres.replica.ReadScope;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An opened PostgreSQL database: the pool, the way statements are admitted to it, the repositories
 * and the migrations, and a read replica when one is configured.
 */
final class PostgresPersistence implements Persistence {

    private final PostgresPool pool;
    private final PostgresAdmission admission;
    private final Sql sql;
    private final Repositories repositories;
    private final PostgresMigrations migrations;
    private final PostgresBackups backups;
    private final Optional<ApplicationRole> role;
    private final PluginStores plugins;
    private final Optional<PostgresReplica> replica;
    private final Optional<SessionWrites> sessionWrites;

    /**
     * Migrations and backups connect as {@code owner} outside the pool: they hold a connection
     * for long (Flyway two at once), which requests should not have to spare, and the pool's role
     * may not change the schema.
     */
    PostgresPersistence(PostgresPool pool, PostgresLogin owner, Optional<ApplicationRole> role) {
        this(pool, owner, role, Optional.empty());
    }

    /**
     * With a {@code replica}, plain reads go through {@link ReplicaReads} and every write of a
     * session is remembered by {@link SessionWrites}; without one, nothing of that costs anything.
     */
    PostgresPersistence(PostgresPool pool, PostgresLogin owner, Optional<ApplicationRole> role,
                        Optional<PostgresReplica> replica) {
        this.pool = pool;
        this.role = role;
        this.replica = replica;
        this.admission = new PostgresAdmission(pool);
        Sql plain = Sql.autoCommit(admission);
        this.sessionWrites = replica.map(r -> new SessionWrites(plain));
        this.sql = sessionWrites.map(writes -> Sql.autoCommit(admission, writes::wrote)).orElse(plain);
        this.repositories = replica.map(r -> PostgresRepositories.over(sql, Sql.autoCommit(new ReplicaReads(admission, r))))
                .orElseGet(() -> PostgresRepositories.over(sql));
        this.migrations = new PostgresMigrations(owner.dataSource("carlot-migrate"));
        PostgresPluginStores pluginStores = new PostgresPluginStores(owner.dataSource("carlot-plugins"),
                new PluginTransactions(admission), role.map(ApplicationRole::name));
        this.plugins = pluginStores;
        this.backups = new PostgresBackups(owner.dataSource("carlot-backup"), migrations, pluginStores);
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
     * The transaction takes its connection with its first statement, through the same admission
     * as single statements, and hands it back by a commit or a rollback on every path out of
     * {@code work}, whatever it throws.
     */
    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
        PostgresTransaction transaction = new PostgresTransaction(admission);
        T result;
        try {
            result = work.apply(PostgresRepositories.over(Sql.inTransaction(transaction)));
        } catch (Throwable failure) {
            transaction.rollback(failure);
            throw failure;
        }
        boolean wrote = transaction.used();
        transaction.commit();
        if (wrote) {
            sessionWrites.ifPresent(SessionWrites::wrote);
        }
        return result;
    }

    /** Only with a replica does the consistency change anything: which reads may go there. */
    @Override
    public void within(ReadConsistency consistency, Runnable work) {
        if (replica.isPresent()) {
            ReadScope.within(consistency, work);
        } else {
            work.run();
        }
    }

    @Override
    public PluginStores plugins() {
        return plugins;
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
        return new DatabaseHealth(backend(), version(), pool.stats(), replica.map(PostgresReplica::health));
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
        replica.ifPresent(PostgresReplica::close);
        pool.close();
    }
}
