package dev.carlot.app.plugins;

import dev.carlot.app.server.Contribution;
import dev.carlot.app.server.RouteSwitch;
import dev.carlot.app.server.Served;
import dev.carlot.feature.Audit;
import dev.carlot.feature.Feature;
import dev.carlot.persistence.Persistence;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The plugins a server runs, and the only place that changes them. Every change builds a whole new
 * route table from the built-in features and the plugins, starts what is new, swaps the table in
 * and only then stops what left, once no request runs on it. Anything that fails before the swap
 * leaves the running set as it was: the plugin is refused with one log line.
 */
public final class Plugins {
    private static final Logger LOG = Logger.getLogger(Plugins.class.getName());
    /** How long a swap waits for the requests still running on the replaced table. */
    private static final Duration DRAIN = Duration.ofSeconds(30);

    private final PluginSettings settings;
    private final Persistence persistence;
    private final Clock clock;
    /** The name this server holds job leases under: a plugin's jobs run once across servers like any. */
    private final String jobsHolder;
    private List<Contribution> builtIn = List.of();
    private final Map<String, RunningPlugin> running = new TreeMap<>();
    /** Folders not running, by name: refused or disabled, with the fingerprint they had. */
    private final Map<String, Tried> notRunning = new TreeMap<>();
    private RouteSwitch routes;

    private record Tried(PluginStatus status, String fingerprint) {
    }

    public Plugins(PluginSettings settings, Persistence persistence, Clock clock, String jobsHolder) {
        this.settings = settings;
        this.persistence = persistence;
        this.clock = clock;
        this.jobsHolder = jobsHolder;
    }

    public PluginSettings settings() {
        return settings;
    }

    /**
     * Loads every plugin folder, for a server about to listen, and swaps their routes in beside
     * {@code builtIn}, the boot layer's features, which {@code routes} serves; throws a
     * {@link PluginRefusal} for the first plugin refused that is not disabled by configuration.
     */
    public synchronized void startAll(List<Contribution> builtIn, RouteSwitch routes) {
        this.builtIn = List.copyOf(builtIn);
        this.routes = routes;
        for (PluginFolder folder : settings.folders()) {
            Optional<PluginRefusal> refused = install(folder);
            if (refused.isPresent()) {
                throw refused.get();
            }
        }
    }

    /** Makes the running set match the plugins directory: new folders installed, changed ones replaced, gone ones removed. */
    public synchronized boolean reconcile() {
        boolean changed = false;
        Set<String> present = new HashSet<>();
        for (PluginFolder folder : settings.folders()) {
            present.add(folder.name());
            RunningPlugin now = running.get(folder.name());
            Tried tried = notRunning.get(folder.name());
            if ((now != null && now.plugin().folder().fingerprint().equals(folder.fingerprint()))
                    || (now == null && tried != null && tried.fingerprint().equals(folder.fingerprint()))) {
                continue;
            }
            install(folder);
            changed = true;
        }
        for (String name : List.copyOf(running.keySet())) {
            if (!present.contains(name) && !PluginFolder.replacing(settings.dir(), name)) {
                remove(name);
                changed = true;
            }
        }
        changed |= notRunning.keySet().removeIf(name -> !present.contains(name));
        return changed;
    }

    /** Every plugin folder's status, by name; a refused upgrade is listed beside the version still running. */
    public synchronized List<PluginStatus> list() {
        List<PluginStatus> all = new ArrayList<>();
        running.values().forEach(r -> all.add(PluginStatus.running(r.plugin().descriptor())));
        notRunning.values().forEach(t -> all.add(t.status()));
        all.sort(java.util.Comparator.comparing(PluginStatus::name).thenComparing(s -> s.state().ordinal()));
        return all;
    }

    /** The running plugins' schemas, for the overview: what {@code carlot migrate status} shows, of what this server runs. */
    public synchronized List<PluginSchemas.Entry> schemas() {
        return running.values().stream().map(r -> PluginSchemas.of(r.plugin())).toList();
    }

    /** The class loader of the running plugin {@code name}'s layer: tests hold it weakly to see the layer collected. */
    synchronized Optional<ClassLoader> loader(String name) {
        return Optional.ofNullable(running.get(name)).map(r -> r.plugin().loader());
    }

    /** Stops every plugin, for a server that stops; their routes are no longer served. */
    public synchronized void stopAll() {
        running.values().forEach(RunningPlugin::stop);
        running.clear();
    }

    /** Loads, starts and swaps in the plugin of {@code folder}, replacing the running one of that name; empty when it runs. */
    private Optional<PluginRefusal> install(PluginFolder folder) {
        String name = folder.name();
        Optional<PluginDescriptor> descriptor = Optional.empty();
        try {
            if (!settings.enabled(name)) {
                descriptor = PluginCheck.readQuietly(folder);
                notRunning.put(name, new Tried(PluginStatus.disabled(name, descriptor), folder.fingerprint()));
                LOG.info("plugin '" + name + "' is disabled by carlot.plugins." + name + ".enabled=false");
                return Optional.empty();
            }
            descriptor = Optional.of(PluginLayers.descriptor(folder));
            PluginCheck.name(name, builtIn.stream().map(Contribution::name).toList());
            LoadedPlugin loaded = PluginLayers.load(folder, descriptor.get());
            checkFeatureNames(loaded);
            RunningPlugin next = RunningPlugin.mount(loaded, settings, persistence, clock, jobsHolder);
            Served table = table(name, Optional.of(next));
            next.start();
            RunningPlugin before = running.put(name, next);
            notRunning.remove(name);
            routes.swap(table, DRAIN);
            next.jobs().start();
            if (before != null) {
                before.stop();
            }
            String version = loaded.descriptor().version().toString();
            LOG.info("plugin '" + name + "' " + version + (before == null ? " installed" : " replaced "
                    + before.plugin().descriptor().version()) + "; features: "
                    + String.join(", ", loaded.features().stream().map(Feature::name).toList()));
            Audit.system(before == null ? "plugin.installed" : "plugin.upgraded", Optional.empty(), "plugin=" + name,
                    "version=" + version);
            return Optional.empty();
        } catch (PluginRefusal refusal) {
            LOG.severe(refusal.getMessage());
            notRunning.put(name, new Tried(PluginStatus.refused(refusal, descriptor), folder.fingerprint()));
            Audit.system("plugin.refused", Optional.empty(), "plugin=" + name);
            return Optional.of(refusal);
        }
    }

    private void remove(String name) {
        Served table = table(name, Optional.empty());
        RunningPlugin gone = running.remove(name);
        routes.swap(table, DRAIN);
        gone.stop();
        LOG.info("plugin '" + name + "' " + gone.plugin().descriptor().version() + " removed; its data is kept");
        Audit.system("plugin.removed", Optional.empty(), "plugin=" + name,
                "version=" + gone.plugin().descriptor().version());
    }

    /** The table with the plugin {@code name} as {@code replacement} (or without it). */
    private Served table(String name, Optional<RunningPlugin> replacement) {
        Stream<RunningPlugin> plugins = Stream.concat(
                running.values().stream().filter(r -> !r.name().equals(name)), replacement.stream())
                .sorted(java.util.Comparator.comparing(RunningPlugin::name));
        List<Contribution> all = new ArrayList<>(builtIn);
        plugins.forEach(r -> all.addAll(r.contributions()));
        try {
            return Served.of(all);
        } catch (IllegalStateException e) {
            throw new PluginRefusal(name, e.getMessage(), e);
        }
    }

    private void checkFeatureNames(LoadedPlugin loaded) {
        Set<String> taken = new HashSet<>();
        builtIn.forEach(c -> taken.add(c.name()));
        running.values().stream().filter(r -> !r.name().equals(loaded.name()))
                .forEach(r -> r.contributions().forEach(c -> taken.add(c.name())));
        running.keySet().stream().filter(n -> !n.equals(loaded.name())).forEach(taken::add);
        for (Feature feature : loaded.features()) {
            if (!taken.add(feature.name())) {
                throw new PluginRefusal(loaded.name(), "its feature '" + feature.name()
                        + "' has the name of a feature or plugin already served");
            }
        }
    }
}
