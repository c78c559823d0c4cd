package dev.carlot.app;

import dev.carlot.backupfiles.BackupFiles;
import dev.carlot.feature.Audit;
import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.RestoreReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** {@code carlot backup FILE} and {@code carlot restore FILE [--force]}: the work and what they print. */
final class BackupCommands {
    private BackupCommands() {
    }

    static String backup(Persistence persistence, Path file) {
        long start = System.nanoTime();
        BackupManifest manifest;
        try {
            manifest = BackupFiles.write(file, persistence::backup);
        } catch (RuntimeException e) {
            audit(persistence, "backup.failed", "file=" + file.toAbsolutePath(), "via=cli",
                    "reason=" + e.getClass().getSimpleName());
            throw e;
        }
        audit(persistence, "backup.created", "file=" + file.toAbsolutePath(), "via=cli",
                "rows=" + manifest.rows(), "schemaVersion=" + manifest.schemaVersion());
        return tables(manifest) + "backed up " + manifest.rows() + " rows of " + manifest.tables().size()
                + " tables (schema version " + manifest.schemaVersion() + ", snapshot of " + manifest.createdAt()
                + ") to " + file + ": " + size(file) + " in " + seconds(start) + "\n";
    }

    static String restore(Persistence persistence, Path file, boolean force) {
        long start = System.nanoTime();
        RestoreReport report;
        try {
            report = persistence.restore(file, force);
        } catch (RuntimeException e) {
            audit(persistence, "restore.failed", "file=" + file.toAbsolutePath(), "via=cli",
                    "force=" + force, "reason=" + e.getClass().getSimpleName());
            throw e;
        }
        BackupManifest manifest = report.manifest();
        audit(persistence, "restore.done", "file=" + file.toAbsolutePath(), "via=cli",
                "replaced=" + report.replaced(), "rows=" + manifest.rows(), "schemaVersion=" + manifest.schemaVersion());
        String migrated = report.migrationsApplied() == 0 ? ""
                : "; applied " + report.migrationsApplied() + " migration" + (report.migrationsApplied() == 1 ? "" : "s")
                        + " first";
        return tables(manifest) + (report.replaced() ? "replaced the data that was there; " : "") + "restored "
                + manifest.rows() + " rows of " + manifest.tables().size() + " tables (schema version "
                + manifest.schemaVersion() + ", snapshot of " + manifest.createdAt() + ") from " + file + " in "
                + seconds(start) + migrated + "\n";
    }

    /** The audit line, and the event kept in the database's audit log as a server's would be. */
    private static void audit(Persistence persistence, String event, String... facts) {
        Audit.keeping(persistence.repositories().audit(), () -> Audit.system(event, Optional.empty(), facts));
    }

    private static String tables(BackupManifest manifest) {
        StringBuilder lines = new StringBuilder();
        manifest.tables().forEach(t -> lines.append(String.format(Locale.ROOT, "  %-16s %,12d rows%n", t.name(), t.rows())));
        return lines.toString();
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0)
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        } catch (IOException e) {
            return "size unknown";
        }
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", Duration.ofNanos(System.nanoTime() - startNanos).toMillis() / 1000.0);
    }
}
