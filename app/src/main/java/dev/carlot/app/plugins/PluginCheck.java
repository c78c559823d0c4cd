package dev.carlot.app.plugins;

import dev.carlot.app.ConfigurationException;
import dev.carlot.feature.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The checks of a plugin that need no database: its descriptor, API range, modules and name. The
 * commands run them before they change the plugins directory, and {@code serve} before it opens
 * the database, so that a plugin it would refuse stops it within a second and changes nothing.
 * The layers made here are thrown away; the server loads its own.
 */
public final class PluginCheck {
    private PluginCheck() {
    }

    /**
     * Checks every plugin folder that is not disabled.
     *
     * @throws ConfigurationException for the first plugin refused, in the words serve uses
     */
    public static void beforeServe(PluginSettings settings) {
        for (PluginFolder folder : settings.folders()) {
            if (!settings.enabled(folder.name())) {
                continue;
            }
            try {
                offline(folder, PluginLayers.descriptor(folder));
            } catch (PluginRefusal refusal) {
                throw refused(refusal);
            }
        }
    }

    /** The sentence serve ends with when it refuses a plugin. */
    public static ConfigurationException refused(PluginRefusal refusal) {
        return new ConfigurationException(refusal.getMessage() + "; fix or remove its folder, or set carlot.plugins."
                + refusal.plugin() + ".enabled=false");
    }

    /** Refuses the name of a built-in feature ({@code builtIn}) or of a setting of {@code carlot.plugins}. */
    static void name(String name, List<String> builtIn) {
        if (builtIn.contains(name)) {
            throw new PluginRefusal(name, "a built-in feature has the name '" + name + "'; rename the plugin");
        }
        if (PluginSettings.RESERVED.contains(name)) {
            throw new PluginRefusal(name, "'" + name + "' is a setting of carlot.plugins, not a name a plugin may take");
        }
    }

    /** The descriptor of {@code folder}, if it can be read: for a folder listed but not loaded. */
    static Optional<PluginDescriptor> readQuietly(PluginFolder folder) {
        try {
            return Optional.of(PluginLayers.descriptor(folder));
        } catch (PluginRefusal e) {
            return Optional.empty();
        }
    }

    /** Loads {@code folder} into a layer of this process after checking its name against Carlot's own. */
    static LoadedPlugin offline(PluginFolder folder, PluginDescriptor descriptor) {
        String name = descriptor.name();
        List<String> builtIn = new ArrayList<>(List.of("plugins"));
        ServiceLoader.load(Feature.class).stream().filter(p -> p.type().getModule().getLayer() == ModuleLayer.boot())
                .forEach(p -> builtIn.add(p.get().name()));
        name(name, builtIn);
        return PluginLayers.load(folder, descriptor);
    }
}
