package dev.carlot.persistence.plugin;

import dev.carlot.persistence.MigrationInfo;
import java.util.List;

/**
 * The plugins' part of the database: per plugin a schema {@code plugin_<name>} (dashes become
 * underscores), a Flyway history table inside it, and a role {@code carlot_plugin_<name>} that
 * owns the schema, may reference {@code cars(id)} and {@code users(id)}, and has no other
 * privilege on core tables. The application's role is made a member of it, so that it can run
 * the plugin's statements as that role for one transaction at a time.
 */
public interface PluginStores {

    /**
     * Creates the plugin's role and schema when missing and applies its pending migrations (as the
     * plugin's role, on the owner's connection), then opens its store. Running it again applies
     * nothing. A removed plugin's schema is kept, never dropped.
     *
     * @throws dev.carlot.persistence.InvalidDataException when the plugin's name cannot name a
     *         schema (see {@link PluginSchema}) or a migration is refused
     * @throws dev.carlot.persistence.UnavailableException when the database cannot be reached or
     *         a migration fails
     */
    PluginStore open(PluginSchema schema);

    /**
     * Makes the plugin's migrations known without applying them. A restore creates the tables of
     * each plugin in the backup from the migrations known to it ({@link #open} and {@link #status}
     * make them known too), at the plugin's version in the backup; a backup holding a plugin
     * that this database lacks and nobody registered is refused before anything changes.
     */
    void register(PluginSchema schema);

    /** The plugin's migrations, applied or pending, in version order; changes nothing. */
    List<MigrationInfo> status(PluginSchema schema);

    /**
     * The plugins that have a schema in this database, by name, whether or not they are
     * installed now: a removed plugin's schema stays, with its data.
     */
    List<String> schemas();
}
