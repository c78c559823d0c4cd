package dev.carlot.persistence.embedded;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.DatabaseHealth;
import dev.carlot.persistence.MigrationInfo;
import dev.carlot.persistence.MigrationReport;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.RestoreReport;
import dev.carlot.persistence.data.Attempts;
import dev.carlot.persistence.data.Cars;
import dev.carlot.persistence.data.Favorites;
import dev.carlot.persistence.data.Inquiries;
import dev.carlot.persistence.data.Orders;
import dev.carlot.persistence.data.Posts;
import dev.carlot.persistence.data.Reviews;
import dev.carlot.persistence.data.Sessions;
import dev.carlot.persistence.data.Users;

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

    @Override
    public Users users() {
        return store.users();
    }

    @Override
    public Sessions sessions() {
        return store.sessions();
    }

    @Override
    public Cars cars() {
        return store.cars();
    }

    @Override
    public Orders orders() {
        return store.orders();
    }

    @Override
    public Inquiries inquiries() {
        return store.inquiries();
    }

    @Override
    public Favorites favorites() {
        return store.favorites();
    }

    @Override
    public Reviews reviews() {
        return store.reviews();
    }

    @Override
    public Posts posts() {
        return store.posts();
    }

    @Override
    public Attempts attempts() {
        return store.attempts();
    }
}
