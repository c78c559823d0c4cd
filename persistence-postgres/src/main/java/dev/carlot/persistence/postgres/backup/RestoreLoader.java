package dev.carlot.persistence.postgres.backup;

import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.postgres.backup.FileManifest.StoredTable;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postgresql.copy.CopyManager;

/**
 * Loads a verified backup into a database whose schema is at the backup's version, in one
 * transaction: everything or nothing. The tables are locked for the whole load, so no request
 * of a running server sees them half filled.
 */
public final class RestoreLoader {
    private RestoreLoader() {
    }

    /**
     * The tables that hold rows, empty when there are none. Looked at before migrating, so that
     * a refused restore changes nothing.
     */
    public static List<String> tablesWithData(Connection connection) throws SQLException {
        if (SchemaVersion.of(connection).isEmpty()) {
            return List.of();
        }
        List<String> filled = new ArrayList<>();
        for (CarlotTables.Table table : CarlotTables.read(connection).tables()) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select exists (select 1 from " + table.quoted() + ")")) {
                rows.next();
                if (rows.getBoolean(1)) {
                    filled.add(table.name());
                }
            }
        }
        return filled;
    }

    public static Optional<String> schemaVersion(Connection connection) throws SQLException {
        return SchemaVersion.of(connection);
    }

    /** Loads {@code file} and commits; returns whether rows that were there were replaced. */
    public static boolean load(Connection connection, BackupFile file, boolean force) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            CopyManager copy = CopySession.prepare(connection);
            CarlotTables tables = CarlotTables.read(connection);
            FileManifest manifest = file.manifest();
            requireSameTables(tables, manifest);
            execute(connection, "lock table " + tables.quotedList() + " in access exclusive mode");
            // checked again under the lock: a server may have written since the first look
            List<String> filled = tablesWithData(connection);
            if (!filled.isEmpty()) {
                if (!force) {
                    throw notEmpty(filled);
                }
                execute(connection, "truncate " + tables.quotedList());
            }
            // Triggers keep derived data (such as car_counts) and timestamps; the backup holds
            // both as they were, so the load must not add to them. Foreign keys stay checked.
            for (CarlotTables.Table table : tables.tables()) {
                execute(connection, "alter table " + table.quoted() + " disable trigger user");
            }
            // One sorted build per index after the load is several times faster than keeping each
            // index current row by row; constraint indexes (keys, unique) stay, they guard the load.
            List<String> indexes = droppedIndexes(connection, tables);
            Map<String, CarlotTables.Table> byName = tables.tables().stream()
                    .collect(Collectors.toMap(CarlotTables.Table::name, Function.identity()));
            for (StoredTable stored : manifest.tables()) {
                try (InputStream in = file.table(stored)) {
                    copy.copyIn("copy " + byName.get(stored.name()).quoted() + " ("
                            + String.join(", ", stored.columns().stream().map(CarlotTables::quote).toList())
                            + ") from stdin", in);
                }
            }
            for (String definition : indexes) {
                execute(connection, definition);
            }
            for (CarlotTables.Table table : tables.tables()) {
                execute(connection, "alter table " + table.quoted() + " enable trigger user");
            }
            for (StoredTable stored : manifest.tables()) {
                resetSequences(connection, byName.get(stored.name()), stored);
                long rows = count(connection, byName.get(stored.name()));
                if (rows != stored.rows()) {
                    throw new IllegalStateException("table " + stored.name() + " holds " + rows
                            + " rows after the load; the backup has " + stored.rows());
                }
            }
            connection.commit();
            return !filled.isEmpty();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    public static ConflictException notEmpty(List<String> filled) {
        return new ConflictException(Conflict.RESTORE_TARGET_NOT_EMPTY, "the database already holds Carlot data (in "
                + String.join(", ", filled) + "); restore into an empty database, or add --force to replace all of it");
    }

    private static void requireSameTables(CarlotTables tables, FileManifest manifest) {
        Map<String, List<String>> stored = manifest.tables().stream()
                .collect(Collectors.toMap(StoredTable::name, StoredTable::columns));
        // a plugin installed here after the backup was taken keeps its tables, empty
        Map<String, List<String>> expected = tables.tables().stream()
                .filter(table -> !table.plugin() || stored.containsKey(table.name()))
                .collect(Collectors.toMap(CarlotTables.Table::name, CarlotTables.Table::columns));
        if (!expected.equals(stored)) {
            throw new InvalidDataException("the backup's tables and columns differ from those of schema version "
                    + manifest.schemaVersion() + " (backup: " + stored.keySet() + ", database: " + expected.keySet()
                    + "); it was not written by Carlot or its schema was changed by hand");
        }
    }

    /** Each identity column continues after the highest id loaded, or after the backup's sequence if higher. */
    private static void resetSequences(Connection connection, CarlotTables.Table table, StoredTable stored)
            throws SQLException {
        for (String column : table.identities()) {
            long recorded = stored.nextIds().getOrDefault(column, 1L);
            try (PreparedStatement statement = connection.prepareStatement("select setval(pg_get_serial_sequence(?, ?), "
                    + "greatest(?, (select coalesce(max(" + CarlotTables.quote(column) + "), 0) + 1 from "
                    + table.quoted() + ")), false)")) {
                statement.setString(1, table.quoted());
                statement.setString(2, column);
                statement.setLong(3, recorded);
                statement.execute();
            }
        }
    }

    /** Drops every index that backs no constraint and returns the statements that create them again. */
    private static List<String> droppedIndexes(Connection connection, CarlotTables tables) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
                where i.indrelid = ?::regclass
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)""")) {
            for (CarlotTables.Table table : tables.tables()) {
                statement.setString(1, table.quoted());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                        definitions.add(rows.getString(2));
                    }
                }
            }
        }
        for (String name : names) {
            execute(connection, "drop index " + name);
        }
        return definitions;
    }

    private static long count(Connection connection, CarlotTables.Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table.quoted())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
