package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.plugin.PluginSchema;
import dev.carlot.persistence.plugin.PluginStatements;
import dev.carlot.persistence.plugin.PluginStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * A plugin's store: each transaction starts with {@code SET LOCAL ROLE} and
 * {@code SET LOCAL search_path}, which end with the transaction, so the pooled connection goes
 * back as it came and a transaction-pooling PgBouncer may hand it to anyone next.
 */
final class PostgresPluginStore implements PluginStore {
    private final PluginSchema plugin;
    private final PluginConnections connections;
    private final String enter;

    PostgresPluginStore(PluginSchema plugin, PluginConnections connections) {
        this.plugin = plugin;
        this.connections = connections;
        // one round trip for both, and the search path as PostgreSQL reports it, which each statement must keep
        this.enter = "set local role " + PluginRoles.quote(plugin.role()) + "; set local search_path to "
                + PluginRoles.quote(plugin.schema()) + "; select current_setting('search_path')";
    }

    @Override
    public String schema() {
        return plugin.schema();
    }

    @Override
    public <T> T inTransaction(Function<PluginStatements, T> work) {
        return connections.inTransaction(connection -> {
            String searchPath;
            try (Statement statement = connection.createStatement()) {
                boolean rows = statement.execute(enter);
                while (!rows && statement.getUpdateCount() != -1) {
                    rows = statement.getMoreResults();
                }
                try (ResultSet setting = statement.getResultSet()) {
                    setting.next();
                    searchPath = setting.getString(1);
                }
            } catch (SQLException e) {
                throw PluginErrors.translate(plugin, e);
            }
            return work.apply(new PostgresPluginStatements(plugin, connection, searchPath));
        });
    }
}
