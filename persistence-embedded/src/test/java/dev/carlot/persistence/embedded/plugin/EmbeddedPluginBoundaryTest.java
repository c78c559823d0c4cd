package dev.carlot.persistence.embedded.plugin;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.contract.plugin.PluginBoundaryContract;
import java.util.List;

/** The plugin boundary contract on backend "embedded" ({@link EmbeddedPluginDatabase}). */
class EmbeddedPluginBoundaryTest extends PluginBoundaryContract {
    private final EmbeddedPluginDatabase database = new EmbeddedPluginDatabase();

    @Override
    protected Persistence openFresh() {
        return database.open();
    }

    @Override
    protected void afterClose(List<String> pluginRoles) {
        database.delete();
    }
}
