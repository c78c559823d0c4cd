package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.plugin.PluginRow;
import dev.carlot.persistence.plugin.PluginSchema;
import dev.carlot.persistence.plugin.PluginStatements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A plugin's statements on its transaction's connection, already switched to its role and schema.
 * After each statement, before its rows or its count reach the plugin, PostgreSQL is asked who the
 * transaction runs as and with which search path: a statement that changed either (a function of
 * the plugin's calling set_config, which {@link PluginSqlGuard} cannot see in the text) is refused
 * and its transaction rolled back, which also undoes a session-wide SET it made.
 */
final class PostgresPluginStatements implements PluginStatements {
    private static final String WHERE_AM_I = "select current_user::text, current_setting('search_path')";

    private final PluginSchema plugin;
    private final Connection connection;
    private final String searchPath;

    /** {@code searchPath}: the setting as PostgreSQL reports it once the transaction took the plugin's. */
    PostgresPluginStatements(PluginSchema plugin, Connection connection, String searchPath) {
        this.plugin = plugin;
        this.connection = connection;
        this.searchPath = searchPath;
    }

    @Override
    public int update(String sql, Object... parameters) {
        PluginSqlGuard.check(plugin, sql);
        try (PreparedStatement statement = prepare(sql, parameters)) {
            int count = statement.executeUpdate();
            stillInside();
            return count;
        } catch (SQLException e) {
            throw PluginErrors.translate(plugin, e);
        }
    }

    @Override
    public <T> List<T> query(String sql, Function<PluginRow, T> mapper, Object... parameters) {
        return rows(sql, mapper, Integer.MAX_VALUE, parameters);
    }

    @Override
    public <T> Optional<T> one(String sql, Function<PluginRow, T> mapper, Object... parameters) {
        return rows(sql, mapper, 1, parameters).stream().findFirst();
    }

    private <T> List<T> rows(String sql, Function<PluginRow, T> mapper, int limit, Object... parameters) {
        PluginSqlGuard.check(plugin, sql);
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
            stillInside();
            List<T> read = new ArrayList<>();
            PluginRow row = new PostgresPluginRow(rows);
            while (read.size() < limit && rows.next()) {
                read.add(mapper.apply(row));
            }
            return read;
        } catch (SQLException e) {
            throw PluginErrors.translate(plugin, e);
        }
    }

    /** Refuses the statement just run when it left the plugin's role or search path. */
    private void stillInside() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet where = statement.executeQuery(WHERE_AM_I)) {
            where.next();
            String user = where.getString(1);
            String path = where.getString(2);
            if (!user.equals(plugin.role()) || !path.equals(searchPath)) {
                throw PluginErrors.denied(plugin, "a statement left its role or search path: it ran on as " + user
                        + " with search_path " + path, null);
            }
        }
    }

    private PreparedStatement prepare(String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                // the driver binds OffsetDateTime as timestamptz, an Instant not at all
                Object value = parameters[i] instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : parameters[i];
                statement.setObject(i + 1, value);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
