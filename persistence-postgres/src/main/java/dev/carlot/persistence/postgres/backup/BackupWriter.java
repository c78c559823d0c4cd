package dev.carlot.persistence.postgres.backup;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.postgres.backup.FileManifest.StoredTable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.copy.CopyManager;

/**
 * Writes a backup: a zip with one entry per table ({@code data/<table>.copy}, COPY text in
 * primary key order) and {@code manifest.properties} last, when every checksum is known. All
 * of it comes from one REPEATABLE READ READ ONLY transaction, so it is the database as it was
 * at one instant, while writers carry on. Rows stream from the server to {@code out}.
 */
public final class BackupWriter {
    private BackupWriter() {
    }

    /** Takes {@code connection} (auto-commit off) through the whole backup and rolls its transaction back. */
    public static BackupManifest write(Connection connection, OutputStream out) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set transaction isolation level repeatable read, read only");
            }
            CopyManager copy = CopySession.prepare(connection);
            // the first query takes the snapshot; now() is the time of this transaction's start
            Instant createdAt = SchemaVersion.snapshotTime(connection);
            String version = SchemaVersion.of(connection).orElseThrow(() -> new InvalidDataException(
                    "the database has no Carlot schema yet, so there is nothing to back up; run 'carlot migrate' first"));
            CarlotTables tables = CarlotTables.read(connection);
            java.util.Map<String, String> plugins = PluginVersions.read(connection);
            ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the caller owns out
                }
            });
            List<StoredTable> stored = new ArrayList<>();
            for (CarlotTables.Table table : tables.tables()) {
                stored.add(writeTable(connection, copy, table, zip));
            }
            FileManifest manifest = FileManifest.of(version, createdAt, stored, plugins);
            zip.putNextEntry(new ZipEntry(FileManifest.ENTRY));
            manifest.write(zip);
            zip.closeEntry();
            zip.close();
            return manifest.summary();
        } finally {
            connection.rollback();
        }
    }

    private static StoredTable writeTable(Connection connection, CopyManager copy, CarlotTables.Table table,
            ZipOutputStream zip) throws SQLException, IOException {
        String name = table.name();
        zip.putNextEntry(new ZipEntry("data/" + name + ".copy"));
        TableDigest digest = new TableDigest();
        String order = table.key().isEmpty() ? ""
                : " order by " + String.join(", ", table.key().stream().map(CarlotTables::quote).toList());
        long rows = copy.copyOut("copy (select " + table.columnList() + " from " + table.quoted() + order
                + ") to stdout", new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        digest.update(b, off, len);
                        zip.write(b, off, len);
                    }

                    @Override
                    public void close() {
                        // the entry is closed below, the zip by the caller
                    }
                });
        zip.closeEntry();
        if (rows != digest.rows()) {
            throw new IllegalStateException("COPY reported " + rows + " rows of " + name + " but wrote " + digest.rows());
        }
        return new StoredTable(name, table.columns(), rows, digest.hex(), nextIds(connection, table));
    }

    /**
     * The value each identity column hands out next, read from its sequence (sequences ignore
     * snapshots, so this is at least the next id of the snapshot). {@code pg_sequence_last_value}
     * would not do: it is null for a sequence set with {@code setval(.., false)}, as restore does.
     */
    private static Map<String, Long> nextIds(Connection connection, CarlotTables.Table table) throws SQLException {
        Map<String, Long> next = new LinkedHashMap<>();
        for (String column : table.identities()) {
            String sequence;
            try (PreparedStatement statement = connection.prepareStatement("select pg_get_serial_sequence(?, ?)")) {
                statement.setString(1, table.quoted());
                statement.setString(2, column);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    sequence = rows.getString(1);
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select last_value, is_called from " + sequence)) {
                rows.next();
                next.put(column, rows.getLong(1) + (rows.getBoolean(2) ? 1 : 0));
            }
        }
        return next;
    }
}
