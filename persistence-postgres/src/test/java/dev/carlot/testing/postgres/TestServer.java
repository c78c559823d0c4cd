package dev.carlot.testing.postgres;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** A PostgreSQL server tests may create databases on, reached over TCP as a superuser. */
record TestServer(String host, int port, String user, String password, String adminDatabase) {

    /**
     * Reads {@code postgres://user:password@host:port/db} or {@code jdbc:postgresql://host:port/db?user=..}
     * as TEST_DATABASE_URL may hold it.
     */
    static TestServer fromUrl(String url) {
        URI uri = URI.create(url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url);
        Map<String, String> query = uri.getRawQuery() == null ? Map.of() : Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? decode(kv[1]) : ""));
        String userInfo = uri.getUserInfo() == null ? "" : uri.getUserInfo();
        String user = userInfo.isEmpty() ? query.getOrDefault("user", "postgres") : userInfo.split(":", 2)[0];
        String password = userInfo.contains(":") ? userInfo.split(":", 2)[1] : query.getOrDefault("password", "");
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new TestServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, database);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The same server, with {@code database} as the one statements run on. */
    TestServer on(String database) {
        return new TestServer(host, port, user, password, database);
    }

    /** Runs statements on the admin database, each committed on its own. */
    void run(String... statements) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(adminDatabase), user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test server at " + host + ":" + port + " refused: " + e.getMessage(), e);
        }
    }
}
