package dev.carlot.persistence.embedded;

import dev.carlot.persistence.UnavailableException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The server settings that make the embedded backend safe for real data, and the check that
 * a started server really runs with them: zonky defaults to test settings (no fsync, no
 * synchronous commit), and a setting can still be changed behind Carlot's back, for example
 * with ALTER ROLE.
 */
final class ServerCheck {
    static final Map<String, String> REQUIRED = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "listen_addresses", "127.0.0.1")));

    private ServerCheck() {
    }

    /**
     * Logs in with the password, checks {@link #REQUIRED} with current_setting() and returns
     * the server's version.
     *
     * @throws UnavailableException when the server cannot be reached or runs with other settings
     */
    static String verify(Endpoint endpoint, DataDirectory dir) {
        var login = new Properties();
        login.setProperty("user", Endpoint.SUPERUSER);
        login.setProperty("password", endpoint.password().value());
        login.setProperty("connectTimeout", "10");
        try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), login);
             Statement statement = connection.createStatement()) {
            List<String> wrong = new ArrayList<>();
            for (var setting : REQUIRED.entrySet()) {
                String actual = currentSetting(statement, setting.getKey());
                if (!actual.equals(setting.getValue())) {
                    wrong.add(setting.getKey() + " is '" + actual + "', not '" + setting.getValue() + "'");
                }
            }
            if (!wrong.isEmpty()) {
                throw new UnavailableException("the embedded PostgreSQL on data directory " + dir
                        + " does not run with safe settings (" + String.join("; ", wrong) + "); refusing to use it");
            }
            return currentSetting(statement, "server_version");
        } catch (SQLException e) {
            throw new UnavailableException("the embedded PostgreSQL on data directory " + dir
                    + " does not answer: " + e.getMessage(), e);
        }
    }

    private static String currentSetting(Statement statement, String name) throws SQLException {
        // name comes from this class, never from input
        try (ResultSet row = statement.executeQuery("select current_setting('" + name + "')")) {
            row.next();
            return row.getString(1);
        }
    }
}
