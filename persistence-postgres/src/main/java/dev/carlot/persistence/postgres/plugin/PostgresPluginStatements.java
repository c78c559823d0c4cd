package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.plugin.PluginRow;
import dev.carlot.persistence.plugin.PluginSchema;
import dev.carlot.persistence.plugin.PluginStatements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A plugin's statements on its transaction's connection, already switched to its role and schema. */
final class PostgresPluginStatements implements PluginStatements {
    private final PluginSchema plugin;
    private final Connection connection;

    PostgresPluginStatements(PluginSchema plugin, Connection connection) {
        this.plugin = plugin;
        this.connection = connection;
    }

    @Override
    public int update(String sql, Object... parameters) {
        PluginSqlGuard.check(plugin, sql);
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
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
