package dev.carlot.persistence.postgres.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The version each plugin's own Flyway history records, by schema, read on the caller's
 * connection (and so in its snapshot): a restore brings a plugin's schema to that version before
 * loading its rows, as it does the core's.
 */
public final class PluginVersions {
    private PluginVersions() {
    }

    /** Each plugin schema that has a history, with its newest applied version, in schema order. */
    public static Map<String, String> read(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select n.nspname from pg_class c join pg_namespace n"
                     + " on n.oid = c.relnamespace where starts_with(n.nspname, '" + CarlotTables.PLUGIN_PREFIX
                     + "') and c.relname = '" + CarlotTables.HISTORY + "' order by n.nspname")) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        }
        Map<String, String> versions = new LinkedHashMap<>();
        for (String schema : schemas) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select version from " + CarlotTables.quote(schema) + "."
                         + CarlotTables.HISTORY + " where success and version is not null order by installed_rank desc"
                         + " limit 1")) {
                if (rows.next()) {
                    versions.put(schema, rows.getString(1));
                }
            }
        }
        return versions;
    }
}
