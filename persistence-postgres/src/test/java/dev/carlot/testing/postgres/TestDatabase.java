package dev.carlot.testing.postgres;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.PersistenceProvider;
import dev.carlot.persistence.Settings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A database of its own for one test class: empty when handed out, dropped by {@link #close()}.
 * {@link #settings()} is what the {@code postgres} backend opens it with.
 */
public final class TestDatabase implements AutoCloseable {

    private final TestServer server;
    private final String name;

    TestDatabase(TestServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    public String name() {
        return name;
    }

    /** The backend settings for this database: url, user and password. */
    public Settings settings() {
        return Settings.of(Map.of(Settings.URL, jdbcUrl(), Settings.USER, user(), Settings.PASSWORD, password()));
    }

    /**
     * This database opened by the {@code postgres} backend (not migrated), for another module's
     * tests; found by ServiceLoader because the backend exports nothing.
     */
    public Persistence open() {
        return ServiceLoader.load(PersistenceProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("postgres")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no postgres backend on the test path"))
                .open(settings());
    }

    /** A {@code postgres://} URL with credentials, as an operator would write DATABASE_URL. */
    public String databaseUrl() {
        String credentials = password().isEmpty() ? user() : user() + ":" + password();
        return "postgres://" + credentials + "@" + server.host() + ":" + server.port() + "/" + name;
    }

    /** Runs statements on this database as the server's superuser, for a test's own setup. */
    public void run(String... statements) {
        server.on(name).run(statements);
    }

    /** A plain JDBC connection to this database as the superuser; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    /** The first column of the first row of {@code query}, as text. */
    public String queryValue(String query) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            if (!rows.next()) {
                throw new IllegalStateException("no rows from: " + query);
            }
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Drops the database, ending any session still connected to it. */
    @Override
    public void close() {
        server.run("drop database if exists " + name + " with (force)");
    }
}
