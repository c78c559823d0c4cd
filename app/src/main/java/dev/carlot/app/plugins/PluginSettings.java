package dev.carlot.app.plugins;

import dev.carlot.app.ConfigurationException;
import dev.carlot.feature.ConfigValues;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The plugins' part of the configuration: where their folders are ({@code carlot.plugins.dir},
 * {@code CARLOT_PLUGINS_DIR}, default {@code ./plugins}), how often a running server looks there
 * ({@code carlot.plugins.watch-period}, default PT1S), and each plugin's own section
 * {@code carlot.plugins.<name>.*}, of which {@code enabled} is the runtime's. The plugins that ship
 * with Carlot have a directory of their own ({@code carlot.plugins.bundled-dir}), read with the
 * plugins directory: they change with Carlot's build only, and are disabled like any other plugin.
 */
public record PluginSettings(Path dir, Duration watchPeriod, Config root) {
    /** Keys of {@code carlot.plugins} that are not plugins, so no plugin may take these names. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("dir", "watch-period", "bundled-dir");

    public static PluginSettings from(Config root) {
        Config plugins = root.get("carlot.plugins");
        Path dir = Path.of(ConfigValues.text(plugins.get("dir")).orElse("plugins"));
        Duration period;
        try {
            period = ConfigValues.duration(plugins.get("watch-period"), Duration.ofSeconds(1));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
        return new PluginSettings(dir, period, root);
    }

    /** The directory of the plugins that ship with Carlot, when one is configured. */
    public Optional<Path> bundledDir() {
        return ConfigValues.text(root.get("carlot.plugins.bundled-dir")).map(Path::of);
    }

    /**
     * Every plugin folder to load, by name: the bundled ones, then the plugins directory's. A folder
     * there with a bundled plugin's name takes its place, so an operator can run another version of it.
     */
    public List<PluginFolder> folders() {
        Map<String, PluginFolder> byName = new TreeMap<>();
        bundledDir().ifPresent(bundled -> PluginFolder.scan(bundled).forEach(f -> byName.put(f.name(), f)));
        PluginFolder.scan(dir).forEach(f -> byName.put(f.name(), f));
        return List.copyOf(byName.values());
    }

    /** Whether the plugin {@code name} may be loaded: {@code carlot.plugins.<name>.enabled}, true unless set false. */
    public boolean enabled(String name) {
        String value = ConfigValues.text(root.get("carlot.plugins").get(name).get("enabled")).orElse("true");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "false", "no", "off", "0" -> false;
            default -> true;
        };
    }

    /**
     * The plugin's own section, as a configuration that holds nothing else: the plugin cannot walk
     * up to the database URL or another plugin's keys. The keys keep their full names, so that a
     * refusal through {@link ConfigValues} still names {@code carlot.plugins.<name>.<key>}.
     */
    public Config section(String name) {
        String prefix = "carlot.plugins." + name;
        Map<String, String> own = new HashMap<>();
        root.get(prefix).detach().asMap().orElseGet(Map::of).forEach((key, value) -> own.put(prefix + "." + key, value));
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .disableValueResolving()
                .disableKeyResolving()
                .addSource(ConfigSources.create(own, "carlot.plugins." + name))
                .build()
                .get(prefix);
    }
}
