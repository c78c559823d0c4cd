package dev.carlot.persistence;

import java.time.Instant;
import java.util.List;

/**
 * What a backup file holds: its format, the schema version its data fits, when its snapshot
 * was taken, and each table with its row count and the SHA-256 of its data.
 */
public record BackupManifest(int format, String schemaVersion, Instant createdAt, List<BackupTable> tables) {
    public BackupManifest {
        tables = List.copyOf(tables);
    }

    /** Rows over all tables. */
    public long rows() {
        return tables.stream().mapToLong(BackupTable::rows).sum();
    }

    /** One table of a backup: its name, its rows and the hex SHA-256 of its data as stored in the file. */
    public record BackupTable(String name, long rows, String sha256) {
    }
}
