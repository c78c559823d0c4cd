package dev.carlot.persistence.plugin;

import java.util.List;
import java.util.Objects;

/**
 * A plugin's claim on the database: its name (which names its schema and its role) and where
 * its Flyway migrations are, as Flyway locations ({@code classpath:...} read through
 * {@code loader}, the plugin layer's class loader, or {@code filesystem:...}).
 */
public record PluginSchema(String plugin, ClassLoader loader, List<String> locations) {
    public PluginSchema {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(loader, "loader");
        locations = List.copyOf(locations);
    }
}
