package dev.carlot.persistence.plugin;

import dev.carlot.persistence.MigrationInfo;
import java.util.List;

/** The plugins' part of the database: a schema, a history table and a role per plugin. */
public interface PluginStores {

    /**
     * Creates the plugin's role and schema when missing and applies its pending migrations, then
     * opens its store. A removed plugin's schema is kept, never dropped.
     */
    PluginStore open(PluginSchema schema);

    /** The plugin's migrations, applied or pending, in version order. */
    List<MigrationInfo> status(PluginSchema schema);
}
