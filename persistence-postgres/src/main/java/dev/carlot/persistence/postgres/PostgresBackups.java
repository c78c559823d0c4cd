package dev.carlot.persistence.postgres;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.MigrationReport;
import dev.carlot.persistence.RestoreReport;
import dev.carlot.persistence.UnavailableException;
import dev.carlot.persistence.postgres.backup.BackupFile;
import dev.carlot.persistence.postgres.backup.BackupWriter;
import dev.carlot.persistence.postgres.backup.FileManifest;
import dev.carlot.persistence.postgres.backup.RestoreLoader;
import dev.carlot.persistence.postgres.plugin.PostgresPluginStores;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Backup and restore on connections of their own, outside the pool: a backup of a large
 * database holds its connection for minutes, which requests should not have to wait for.
 * Driver and I/O failures become Carlot's errors here.
 */
final class PostgresBackups {
    private final DataSource direct;
    private final PostgresMigrations migrations;
    private final PostgresPluginStores plugins;

    PostgresBackups(DataSource direct, PostgresMigrations migrations, PostgresPluginStores plugins) {
        this.direct = direct;
        this.migrations = migrations;
        this.plugins = plugins;
    }

    BackupManifest backup(OutputStream out) {
        try (Connection connection = direct.getConnection()) {
            return BackupWriter.write(connection, out);
        } catch (SQLException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UnavailableException("writing the backup failed: " + e.getMessage(), e);
        }
    }

    BackupManifest manifest(Path file) {
        try (BackupFile backup = BackupFile.open(file)) {
            return backup.manifest().summary();
        }
    }

    RestoreReport restore(Path path, boolean force) {
        try (BackupFile file = BackupFile.open(path)) {
            FileManifest manifest = file.manifest();
            requireKnownVersion(manifest.schemaVersion());
            file.verify();
            try (Connection connection = direct.getConnection()) {
                List<String> filled = RestoreLoader.tablesWithData(connection);
                if (!filled.isEmpty() && !force) {
                    throw RestoreLoader.notEmpty(filled);
                }
                requireNotNewer(RestoreLoader.schemaVersion(connection), manifest.schemaVersion());
            }
            plugins.requireRestorable(manifest.pluginVersions().keySet());
            MigrationReport migrated = migrations.migrateTo(manifest.schemaVersion());
            // a plugin's tables reference the core's, so they are made after them
            int pluginMigrations = plugins.migrateForRestore(manifest.pluginVersions());
            try (Connection connection = direct.getConnection()) {
                boolean replaced = RestoreLoader.load(connection, file, force);
                return new RestoreReport(manifest.summary(), replaced, migrated.applied() + pluginMigrations);
            }
        } catch (SQLException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new InvalidDataException(path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void requireKnownVersion(String backupVersion) {
        String latest = migrations.latestKnown().orElse("0");
        if (MigrationVersion.fromVersion(backupVersion).isNewerThan(latest)) {
            throw new InvalidDataException("the backup is of schema version " + backupVersion
                    + ", newer than this Carlot knows (" + latest + "); restore it with a Carlot at least as new"
                    + " as the one that wrote it");
        }
    }

    private static void requireNotNewer(Optional<String> current, String backupVersion) {
        current.filter(v -> MigrationVersion.fromVersion(v).isNewerThan(backupVersion)).ifPresent(v -> {
            throw new ConflictException(Conflict.RESTORE_SCHEMA_NEWER, "the database's schema is at version " + v
                    + ", newer than the backup's " + backupVersion + "; restore into a new, empty database"
                    + " (restore migrates it), then run 'carlot migrate'");
        });
    }

    private static RuntimeException translate(SQLException e) {
        return PostgresErrors.translate(e, false);
    }
}
