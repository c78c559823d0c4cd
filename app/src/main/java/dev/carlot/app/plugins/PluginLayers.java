package dev.carlot.app.plugins;

import dev.carlot.feature.Feature;
import dev.carlot.feature.PluginApi;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes a plugin folder into a module layer of its own: every jar in the folder is a module of it,
 * resolved with the boot layer as parent and defined with one class loader; the plugin's modules
 * may read only what Carlot's API modules export. Everything that can be wrong with a folder
 * becomes a {@link PluginRefusal} here, before anything of the plugin runs but its constructors.
 */
public final class PluginLayers {
    /** Where a plugin's Flyway migrations are, inside its jars: a directory that is not a package, so not encapsulated. */
    public static final String MIGRATIONS = "carlot-plugin/migrations/";
    public static final String MIGRATIONS_LOCATION = "classpath:carlot-plugin/migrations";
    private static final SemVer API = SemVer.parse(PluginApi.VERSION);

    private PluginLayers() {
    }

    /** Reads the descriptor of {@code folder}, which must name the folder. */
    public static PluginDescriptor descriptor(PluginFolder folder) {
        Path file = folder.dir().resolve(PluginDescriptor.FILE);
        if (!Files.isRegularFile(file)) {
            throw new PluginRefusal(folder.name(), "its folder " + folder.dir() + " has no " + PluginDescriptor.FILE);
        }
        PluginDescriptor descriptor;
        try (InputStream in = Files.newInputStream(file)) {
            descriptor = PluginDescriptor.read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new PluginRefusal(folder.name(), "its " + PluginDescriptor.FILE + " cannot be read: " + e.getMessage());
        }
        if (!descriptor.name().equals(folder.name())) {
            throw new PluginRefusal(folder.name(), "its descriptor names it '" + descriptor.name()
                    + "'; the folder must have the plugin's name");
        }
        return descriptor;
    }

    /** Loads {@code folder}, whose descriptor is {@code descriptor}, into a new layer above the boot layer. */
    public static LoadedPlugin load(PluginFolder folder, PluginDescriptor descriptor) {
        String name = descriptor.name();
        if (!descriptor.api().includes(API)) {
            throw new PluginRefusal(name, "it was built for plugin API " + descriptor.api() + " and this Carlot has "
                    + API + "; install a version of the plugin built for " + API.major() + ".x");
        }
        ModuleLayer boot = ModuleLayer.boot();
        Set<ModuleReference> modules = modules(folder, name);
        Set<String> names = modules.stream().map(m -> m.descriptor().name()).collect(Collectors.toSet());
        for (ModuleReference module : modules) {
            String moduleName = module.descriptor().name();
            if (boot.findModule(moduleName).isPresent()) {
                throw new PluginRefusal(name, "its module '" + moduleName + "' (" + jar(module)
                        + ") clashes with a module of Carlot itself; a plugin may not bring its own copy");
            }
            checkRequires(name, module.descriptor(), names);
        }
        ModuleLayer layer;
        try {
            Configuration configuration = boot.configuration()
                    .resolve(ModuleFinder.of(jars(folder, name).toArray(Path[]::new)), ModuleFinder.of(), names);
            layer = boot.defineModulesWithOneLoader(configuration, boot.findLoader("dev.carlot.feature"));
        } catch (FindException | ResolutionException | LayerInstantiationException | SecurityException e) {
            throw new PluginRefusal(name, "its modules do not resolve: " + e.getMessage());
        }
        List<Feature> features = features(name, layer);
        boolean migrations = modules.stream().anyMatch(PluginLayers::hasMigrations);
        ClassLoader loader = layer.findLoader(names.iterator().next());
        return new LoadedPlugin(descriptor, folder, loader, features, migrations);
    }

    private static Set<ModuleReference> modules(PluginFolder folder, String name) {
        List<Path> jars = jars(folder, name);
        if (jars.isEmpty()) {
            throw new PluginRefusal(name, "its folder " + folder.dir() + " holds no jar");
        }
        try {
            return ModuleFinder.of(jars.toArray(Path[]::new)).findAll();
        } catch (FindException e) {
            throw new PluginRefusal(name, "a jar is broken: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
        }
    }

    private static List<Path> jars(PluginFolder folder, String name) {
        try {
            return folder.jars();
        } catch (IOException e) {
            throw new PluginRefusal(name, "its folder cannot be read: " + e.getMessage());
        }
    }

    /**
     * An explicit module may require its own modules, the platform's ({@code java.*}) and the plugin
     * API: {@code dev.carlot.feature} and what it requires transitively. (An automatic module reads
     * everything by definition, but the boot layer's other modules export nothing it could use.)
     */
    private static void checkRequires(String plugin, ModuleDescriptor module, Set<String> own) {
        if (module.isAutomatic()) {
            return;
        }
        Set<String> api = PluginApiModules.names();
        for (ModuleDescriptor.Requires requires : module.requires()) {
            String required = requires.name();
            boolean allowed = own.contains(required) || required.startsWith("java.") || api.contains(required)
                    || requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC);
            if (!allowed && ModuleLayer.boot().findModule(required).isEmpty()) {
                throw new PluginRefusal(plugin, "its module '" + module.name() + "' requires '" + required
                        + "', which is not in its folder; put that library's jar there");
            }
            if (!allowed) {
                throw new PluginRefusal(plugin, "its module '" + module.name() + "' requires '" + required
                        + "', a module of Carlot that is not part of its plugin API (dev.carlot.feature, "
                        + "dev.carlot.persistence and what they require transitively); bring your own copy"
                        + " under another module name or use the API");
            }
        }
    }

    /** The features the layer's own modules provide; ServiceLoader also offers the parents' (the built-in ones). */
    private static List<Feature> features(String name, ModuleLayer layer) {
        try {
            List<Feature> features = ServiceLoader.load(layer, Feature.class).stream()
                    .filter(provider -> provider.type().getModule().getLayer() == layer)
                    .map(ServiceLoader.Provider::get)
                    .toList();
            if (features.isEmpty()) {
                throw new PluginRefusal(name, "none of its modules provides dev.carlot.feature.Feature"
                        + " ('provides dev.carlot.feature.Feature with ...' in module-info.java)");
            }
            return features;
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new PluginRefusal(name, "its feature cannot be created: " + e.getMessage());
        }
    }

    private static boolean hasMigrations(ModuleReference module) {
        try (ModuleReader reader = module.open(); Stream<String> entries = reader.list()) {
            return entries.anyMatch(entry -> entry.startsWith(MIGRATIONS) && entry.length() > MIGRATIONS.length());
        } catch (IOException e) {
            return false;
        }
    }

    private static String jar(ModuleReference module) {
        return module.location().map(uri -> Path.of(uri).getFileName().toString()).orElse("?");
    }
}
