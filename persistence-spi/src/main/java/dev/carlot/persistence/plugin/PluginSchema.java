package dev.carlot.persistence.plugin;

import dev.carlot.persistence.InvalidDataException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plugin's claim on the database: its name (which names its schema and its role) and where
 * its Flyway migrations are, as Flyway locations ({@code classpath:...} read through
 * {@code loader}, the plugin layer's class loader, or {@code filesystem:...}).
 *
 * @param plugin the plugin's name: a lowercase letter, then up to 39 lowercase letters, digits
 *        and single dashes, not ending in a dash (so that {@code carlot_plugin_<name>} fits
 *        PostgreSQL's 63 bytes and no two names map to one schema)
 * @param loader the class loader that reads {@code classpath:} locations
 * @param locations the Flyway locations of the plugin's migrations; empty for a plugin without tables
 */
public record PluginSchema(String plugin, ClassLoader loader, List<String> locations) {
    private static final Pattern NAME = Pattern.compile("[a-z](?:-?[a-z0-9])*");
    private static final int MAX_LENGTH = 40;

    /** Checks the name; throws {@link InvalidDataException} naming the rule when it breaks it. */
    public PluginSchema {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(loader, "loader");
        locations = List.copyOf(locations);
        if (plugin.length() > MAX_LENGTH || !NAME.matcher(plugin).matches()) {
            throw new InvalidDataException("plugin name '" + plugin + "' cannot name a database schema: use a"
                    + " lowercase letter, then at most 39 lowercase letters, digits and single dashes");
        }
    }

    /** The plugin's schema: {@code plugin_} and its name with dashes as underscores. */
    public String schema() {
        return "plugin_" + plugin.replace('-', '_');
    }

    /** The plugin's database role: {@code carlot_plugin_} and its name with dashes as underscores. */
    public String role() {
        return "carlot_plugin_" + plugin.replace('-', '_');
    }
}
