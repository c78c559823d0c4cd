package dev.carlot.persistence.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC against an embedded server, as an outside client would talk to it. */
final class Psql {
    private Psql() {
    }

    static Connection connect(Endpoint endpoint) throws SQLException {
        return DriverManager.getConnection(endpoint.jdbcUrl(), Endpoint.SUPERUSER, endpoint.password().value());
    }

    /** The first column of the first row. */
    static String queryOne(Endpoint endpoint, String sql) throws SQLException {
        try (Connection c = connect(endpoint); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static void execute(Endpoint endpoint, String sql) throws SQLException {
        try (Connection c = connect(endpoint); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
