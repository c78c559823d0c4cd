package dev.carlot.app.plugins;

import dev.carlot.persistence.plugin.PluginSchema;
import java.util.List;
import java.util.Optional;

/**
 * Which plugin schemas there are to show the migrations of, for {@code carlot migrate status} (the
 * plugins directory, each folder loaded into a layer of this process) and for the overview of a
 * running server ({@link Plugins#schemas()}, the layers it runs). Either way the migrations are
 * then read by one call, {@code persistence.plugins().status(schema)}.
 */
public final class PluginSchemas {

    /** One plugin folder: its schema when it ships migrations, else what to say instead. */
    public record Entry(String name, Optional<PluginSchema> schema, String note) {
    }

    private PluginSchemas() {
    }

    /** The plugins directory's folders, each loaded into a new layer of this process (no server runs them here). */
    public static List<Entry> scan(PluginSettings settings) {
        return settings.folders().stream().map(folder -> {
            String name = folder.name();
            if (!settings.enabled(name)) {
                return new Entry(name, Optional.empty(), "disabled by carlot.plugins." + name + ".enabled=false");
            }
            try {
                return of(PluginLayers.load(folder, PluginLayers.descriptor(folder)));
            } catch (PluginRefusal refusal) {
                return new Entry(name, Optional.empty(), "refused: " + refusal.reason());
            }
        }).toList();
    }

    /** The entry of a loaded plugin: its schema, or the note that it ships no migrations. */
    static Entry of(LoadedPlugin plugin) {
        return plugin.hasMigrations()
                ? new Entry(plugin.name(), Optional.of(schema(plugin)), "")
                : new Entry(plugin.name(), Optional.empty(), "ships no migrations");
    }

    /** The schema the runtime opens for {@code plugin}: named after it, its migrations read through its layer. */
    static PluginSchema schema(LoadedPlugin plugin) {
        return new PluginSchema(plugin.name(), plugin.loader(), List.of(PluginLayers.MIGRATIONS_LOCATION));
    }
}
