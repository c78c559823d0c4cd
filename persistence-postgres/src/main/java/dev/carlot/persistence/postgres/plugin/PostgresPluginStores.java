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
import dev.carlot.persistence.InvalidDataException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /** The plugins this process knows the migrations of, by schema: a restore creates their tables from them. */
    private final Map<String, PluginSchema> known = new ConcurrentHashMap<>();

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
    public void register(PluginSchema schema) {
        known.put(schema.schema(), schema);
    }

    @Override
    public PluginStore open(PluginSchema schema) {
        register(schema);
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
        register(schema);
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
        return existing().stream().map(schema -> schema.substring(SCHEMA_PREFIX.length()).replace('_', '-')).toList();
    }

    /**
     * Refuses, before a restore changes anything, a backup holding a plugin schema that this
     * database lacks and whose migrations no plugin here has registered: its tables could not be made.
     */
    public void requireRestorable(Collection<String> schemas) {
        List<String> existing = existing();
        List<String> missing = schemas.stream().filter(s -> !existing.contains(s) && !known.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidDataException("the backup holds the data of plugin schemas " + missing + ", which this"
                    + " database lacks and no installed plugin creates; install those plugins (in the plugins"
                    + " directory) and restore again, so that their tables can be made");
        }
    }

    /** Brings each registered plugin of a restore to the version its backup was taken at; returns how many migrations ran. */
    public int migrateForRestore(Map<String, String> versions) {
        int applied = 0;
        for (Map.Entry<String, String> plugin : versions.entrySet()) {
            PluginSchema schema = known.get(plugin.getKey());
            if (schema != null) {
                try (Connection connection = owner.getConnection()) {
                    PluginRoles.ensure(connection, schema, poolUser);
                } catch (SQLException e) {
                    throw PluginErrors.translate(schema, e);
                }
                applied += new PluginMigrations(owner, schema).migrate(Optional.of(plugin.getValue()));
            }
        }
        return applied;
    }

    private List<String> existing() {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select nspname from pg_namespace where starts_with(nspname, '"
                     + SCHEMA_PREFIX + "') order by nspname")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, false);
        }
    }
}
