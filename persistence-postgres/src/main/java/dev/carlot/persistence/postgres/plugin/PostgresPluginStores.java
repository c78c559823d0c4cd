package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.MigrationInfo;
import dev.carlot.persistence.plugin.PluginSchema;
import dev.carlot.persistence.plugin.PluginStore;
import dev.carlot.persistence.plugin.PluginStores;
import dev.carlot.persistence.postgres.PostgresErrors;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The postgres backend's plugin stores: roles, schemas and migrations on the owner's connections
 * (outside the pool), statements on the pool's connections under the plugin's role.
 */
public final class PostgresPluginStores implements PluginStores {
    /** The prefix of every plugin's schema. */
    public static final String SCHEMA_PREFIX = "plugin_";

    private final DataSource owner;
    private final PluginConnections pool;
    private final Optional<String> poolUser;

    /**
     * Stores whose setup and migrations connect through {@code owner} and whose statements run on
     * {@code pool}, which connects as {@code poolUser} (empty when that is the owner).
     */
    public PostgresPluginStores(DataSource owner, PluginConnections pool, Optional<String> poolUser) {
        this.owner = owner;
        this.pool = pool;
        this.poolUser = poolUser;
    }

    @Override
    public PluginStore open(PluginSchema schema) {
        try (Connection connection = owner.getConnection()) {
            PluginRoles.ensure(connection, schema, poolUser);
        } catch (SQLException e) {
            throw PluginErrors.translate(schema, e);
        }
        new PluginMigrations(owner, schema).migrate(Optional.empty());
        return new PostgresPluginStore(schema, pool);
    }

    @Override
    public List<MigrationInfo> status(PluginSchema schema) {
        boolean roleExists;
        try (Connection connection = owner.getConnection()) {
            roleExists = PluginRoles.exists(connection, schema);
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, false);
        }
        return new PluginMigrations(owner, schema).status(roleExists);
    }

    @Override
    public List<String> schemas() {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select nspname from pg_namespace where starts_with(nspname, '"
                     + SCHEMA_PREFIX + "') order by nspname")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1).substring(SCHEMA_PREFIX.length()).replace('_', '-'));
            }
            return names;
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, false);
        }
    }
}
