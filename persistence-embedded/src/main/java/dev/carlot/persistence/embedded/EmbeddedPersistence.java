package dev.carlot.persistence.embedded;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.DatabaseHealth;
import dev.carlot.persistence.MigrationInfo;
import dev.carlot.persistence.MigrationReport;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.RestoreReport;
import dev.carlot.persistence.plugin.PluginStores;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The postgres backend's store on an embedded server: every call goes to the store; the
 * backend's name is "embedded", and closing also stops the server when this process runs it.
 */
final class EmbeddedPersistence implements Persistence {
    private final Persistence store;
    private final Runnable afterClose;

    EmbeddedPersistence(Persistence store, Runnable afterClose) {
        this.store = store;
        this.afterClose = afterClose;
    }

    @Override
    public String backend() {
        return EmbeddedProvider.NAME;
    }

    @Override
    public Repositories repositories() {
        return store.repositories();
    }

    /** The server runs from this process's data directory: a developer's own database. */
    @Override
    public boolean privateToThisMachine() {
        return true;
    }

    @Override
    public DatabaseHealth health() {
        DatabaseHealth health = store.health();
        return new DatabaseHealth(EmbeddedProvider.NAME, health.version(), health.pool());
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            afterClose.run();
        }
    }

    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
        return store.inTransaction(work);
    }

    @Override
    public PluginStores plugins() {
        return store.plugins();
    }

    @Override
    public MigrationReport migrate() {
        return store.migrate();
    }

    @Override
    public List<MigrationInfo> migrationStatus() {
        return store.migrationStatus();
    }

    @Override
    public BackupManifest backup(OutputStream out) {
        return store.backup(out);
    }

    @Override
    public BackupManifest backupManifest(Path file) {
        return store.backupManifest(file);
    }

    @Override
    public RestoreReport restore(Path file, boolean force) {
        return store.restore(file, force);
    }
}
