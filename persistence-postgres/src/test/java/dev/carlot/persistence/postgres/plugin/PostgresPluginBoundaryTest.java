package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.contract.plugin.PluginBoundaryContract;
import java.util.List;

/** The plugin boundary contract on backend "postgres" ({@link PostgresPluginDatabase}). */
class PostgresPluginBoundaryTest extends PluginBoundaryContract {
    private final PostgresPluginDatabase database = new PostgresPluginDatabase();

    @Override
    protected Persistence openFresh() {
        return database.open();
    }

    @Override
    protected void afterClose(List<String> pluginRoles) {
        database.drop(pluginRoles);
    }
}
