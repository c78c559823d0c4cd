package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.MigrationInfo;
import dev.carlot.persistence.UnavailableException;
import dev.carlot.persistence.postgres.PostgresErrors;
import dev.carlot.persistence.plugin.PluginAccessDeniedException;
import dev.carlot.persistence.plugin.PluginSchema;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A plugin's Flyway: its scripts, read through the plugin's class loader, applied into its own
 * schema with its own history table there. Flyway connects as the owner and at once becomes the
 * plugin's role ({@link PluginRoleOnConnect}), so a migration can do no more than the plugin's role may:
 * create what it likes in its schema, reference core keys, and touch no core table.
 */
final class PluginMigrations {
    /** Inside the plugin's schema, so each plugin has a history of its own. */
    static final String HISTORY = "flyway_schema_history";

    private final DataSource owner;
    private final PluginSchema plugin;

    PluginMigrations(DataSource owner, PluginSchema plugin) {
        this.owner = owner;
        this.plugin = plugin;
    }

    private Flyway flyway(boolean asPluginRole, Optional<String> target) {
        FluentConfiguration configuration = Flyway.configure(plugin.loader())
                .dataSource(owner)
                .schemas(plugin.schema())
                .defaultSchema(plugin.schema())
                .createSchemas(false)
                .table(HISTORY)
                .locations(plugin.locations().toArray(String[]::new))
                .failOnMissingLocations(!plugin.locations().isEmpty());
        if (asPluginRole) {
            configuration.callbacks(new PluginRoleOnConnect(plugin.role()));
        }
        target.ifPresent(version -> configuration.target(MigrationVersion.fromVersion(version)));
        return configuration.load();
    }

    /** Applies the pending migrations (up to {@code target} when given); returns how many. */
    int migrate(Optional<String> target) {
        if (plugin.locations().isEmpty()) {
            return 0;
        }
        return call("migrating", () -> flyway(true, target).migrate().migrationsExecuted);
    }

    /** Every migration, applied or pending, in version order. */
    List<MigrationInfo> status(boolean roleExists) {
        if (plugin.locations().isEmpty()) {
            return List.of();
        }
        return call("reading the migration status of", () -> Arrays.stream(flyway(roleExists, Optional.empty()).info().all())
                .filter(org.flywaydb.core.api.MigrationInfo::isVersioned)
                .map(info -> new MigrationInfo(info.getVersion().getVersion(), info.getDescription(),
                        info.isApplied(), Optional.ofNullable(info.getInstalledOn()).map(date -> date.toInstant())))
                .toList());
    }

    private <T> T call(String doing, Supplier<T> work) {
        try {
            return work.get();
        } catch (FlywayException e) {
            RuntimeException translated = PluginErrors.sqlCause(e).map(sql -> PluginErrors.translate(plugin, sql))
                    .orElse(e);
            if (translated instanceof UnavailableException || translated instanceof PluginAccessDeniedException) {
                throw translated;
            }
            throw new UnavailableException(doing + " plugin '" + plugin.plugin() + "' failed: "
                    + PostgresErrors.firstLine(String.valueOf(e.getMessage())), e);
        }
    }
}
