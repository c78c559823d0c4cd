package dev.carlot.persistence.postgres.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables that hold Carlot's data, read from the catalog of the connection's schema, so a
 * table a later migration adds is backed up without a change here. Flyway's history is not
 * data: the manifest records the schema version instead. Nor are the throttles' attempt
 * counters: they last a window of minutes, so a backup would only carry stale counts, and a
 * database where someone merely tried to sign in is still empty for a restore.
 */
record CarlotTables(List<Table> tables) {
    static final String HISTORY = "flyway_schema_history";
    static final String ATTEMPTS = "attempts";
    static final String LEASES = "job_leases";

    /** A table, its columns in order, its primary key and its identity columns. */
    record Table(String name, List<String> columns, List<String> key, List<String> identities) {
        String quoted() {
            return quote(name);
        }

        String columnList() {
            return String.join(", ", columns.stream().map(CarlotTables::quote).toList());
        }
    }

    /** Every table, each after the tables it references, so loading in this order satisfies foreign keys. */
    static CarlotTables read(Connection connection) throws SQLException {
        Map<String, Table> byName = new LinkedHashMap<>();
        for (String name : strings(connection, """
                select c.relname from pg_class c
                where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and c.relname <> ?
                  and c.relname <> '%s' and c.relname <> '%s'
                order by c.relname""".formatted(ATTEMPTS, LEASES), HISTORY)) {
            byName.put(name, new Table(name,
                    strings(connection, """
                            select attname from pg_attribute
                            where attrelid = ?::regclass and attnum > 0 and not attisdropped and attgenerated = ''
                            order by attnum""", quote(name)),
                    strings(connection, """
                            select a.attname from pg_index i
                            join lateral unnest(i.indkey) with ordinality as k(attnum, n) on true
                            join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                            where i.indrelid = ?::regclass and i.indisprimary order by k.n""", quote(name)),
                    strings(connection, """
                            select attname from pg_attribute
                            where attrelid = ?::regclass and attnum > 0 and attidentity <> '' order by attnum""",
                            quote(name))));
        }
        Map<String, Set<String>> references = new LinkedHashMap<>();
        byName.keySet().forEach(name -> references.put(name, new LinkedHashSet<>()));
        try (PreparedStatement statement = connection.prepareStatement("""
                select conrelid::regclass::text, confrelid::regclass::text from pg_constraint
                where contype = 'f' and connamespace = current_schema()::regnamespace and conrelid <> confrelid""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String from = unquote(rows.getString(1));
                String to = unquote(rows.getString(2));
                if (references.containsKey(from) && byName.containsKey(to)) {
                    references.get(from).add(to);
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byName.size()) {
            int before = placed.size();
            for (Table table : byName.values()) {
                if (!placed.contains(table.name()) && placed.containsAll(references.get(table.name()))) {
                    placed.add(table.name());
                    ordered.add(table);
                }
            }
            if (placed.size() == before) {
                throw new IllegalStateException("the foreign keys between " + byName.keySet() + " form a cycle");
            }
        }
        return new CarlotTables(ordered);
    }

    List<String> names() {
        return tables.stream().map(Table::name).toList();
    }

    /** The tables in one comma-separated list, for LOCK and TRUNCATE. */
    String quotedList() {
        return String.join(", ", tables.stream().map(Table::quoted).toList());
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String unquote(String regclass) {
        return regclass.startsWith("\"") ? regclass.substring(1, regclass.length() - 1).replace("\"\"", "\"") : regclass;
    }

    private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }
}
