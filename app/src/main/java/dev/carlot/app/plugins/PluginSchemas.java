package dev.carlot.app.plugins;

import dev.carlot.persistence.plugin.PluginSchema;
import java.util.List;
import java.util.Optional;

/**
 * The plugins of the plugins directory as {@code carlot migrate status} lists them: each loaded
 * into a layer of this process to reach its migrations, or a sentence saying why it has none to show.
 */
public final class PluginSchemas {

    /** One plugin folder: its schema when it ships migrations, else what to say instead. */
    public record Entry(String name, Optional<PluginSchema> schema, String note) {
    }

    private PluginSchemas() {
    }

    public static List<Entry> scan(PluginSettings settings) {
        return PluginFolder.scan(settings.dir()).stream().map(folder -> {
            String name = folder.name();
            if (!settings.enabled(name)) {
                return new Entry(name, Optional.empty(), "disabled by carlot.plugins." + name + ".enabled=false");
            }
            try {
                LoadedPlugin plugin = PluginLayers.load(folder, PluginLayers.descriptor(folder));
                return plugin.hasMigrations()
                        ? new Entry(name, Optional.of(schema(plugin)), "")
                        : new Entry(name, Optional.empty(), "ships no migrations");
            } catch (PluginRefusal refusal) {
                return new Entry(name, Optional.empty(), "refused: " + refusal.reason());
            }
        }).toList();
    }

    /** The schema the runtime opens for {@code plugin}: named after it, its migrations read through its layer. */
    static PluginSchema schema(LoadedPlugin plugin) {
        return new PluginSchema(plugin.name(), plugin.loader(), List.of(PluginLayers.MIGRATIONS_LOCATION));
    }
}
