package dev.carlot.persistence.postgres.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A connection set up so that COPY's text reads back the same on any server and any machine:
 * times in UTC in ISO style, floats exact, bytea as hex (the settings pg_dump fixes too).
 */
final class CopySession {
    private CopySession() {
    }

    static CopyManager prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set time zone 'UTC'");
            statement.execute("set datestyle = 'ISO, YMD'");
            statement.execute("set intervalstyle = 'postgres'");
            statement.execute("set extra_float_digits = 3");
            statement.execute("set bytea_output = 'hex'");
        }
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }
}
