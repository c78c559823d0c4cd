package dev.carlot.persistence.postgres.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/** The schema version Flyway's history records, read on the caller's connection (and so in its snapshot). */
final class SchemaVersion {
    private SchemaVersion() {
    }

    static Optional<String> of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select to_regclass('" + CarlotTables.HISTORY + "') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return Optional.empty();
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select version from " + CarlotTables.HISTORY
                     + " where success and version is not null order by installed_rank desc limit 1")) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    static Instant snapshotTime(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select now()")) {
            rows.next();
            return rows.getObject(1, java.time.OffsetDateTime.class).toInstant();
        }
    }
}
