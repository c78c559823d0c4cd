package dev.carlot.app.plugins;

import dev.carlot.feature.Feature;
import java.nio.file.Path;
import java.util.List;

/**
 * A plugin whose folder made a module layer: its descriptor, where it came from, the layer's one
 * class loader, the features its own modules provide, and whether it ships migrations. Dropping
 * every reference to it (and to what its features handed out) lets the layer be collected.
 */
public record LoadedPlugin(PluginDescriptor descriptor, PluginFolder folder, ClassLoader loader, List<Feature> features,
                           boolean hasMigrations) {

    public LoadedPlugin {
        features = List.copyOf(features);
    }

    public String name() {
        return descriptor.name();
    }
}
