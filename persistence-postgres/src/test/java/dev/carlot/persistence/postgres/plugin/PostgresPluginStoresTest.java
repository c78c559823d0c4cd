package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.contract.plugin.PluginStoresContract;
import java.util.List;

/** The plugin stores contract on backend "postgres" ({@link PostgresPluginDatabase}). */
class PostgresPluginStoresTest extends PluginStoresContract {
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
