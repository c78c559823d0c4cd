package dev.carlot.app.server;

import dev.carlot.app.AppConfig;
import dev.carlot.app.jobs.BackgroundJobs;
import dev.carlot.app.observe.AuditLogFeature;
import dev.carlot.app.observe.Overview;
import dev.carlot.app.observe.OverviewFeature;
import dev.carlot.app.plugins.PluginCheck;
import dev.carlot.app.plugins.PluginRefusal;
import dev.carlot.app.plugins.PluginSettings;
import dev.carlot.app.plugins.Plugins;
import dev.carlot.app.plugins.PluginsFeature;
import dev.carlot.app.plugins.PluginsWatch;
import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.persistence.Persistence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a server serves and its lifecycle: the built-in features (with the runtime's own),
 * the plugins, the switch that serves their current table, and the watch of the plugins directory.
 */
final class ServedFeatures {
    private final List<Contribution> builtIn;
    private final Plugins plugins;
    private final RouteSwitch routes;
    private PluginsWatch watch;

    private ServedFeatures(List<Contribution> builtIn, Plugins plugins, RouteSwitch routes) {
        this.builtIn = builtIn;
        this.plugins = plugins;
        this.routes = routes;
    }

    /**
     * Registers the built-in features, the runtime's own among them (the overview and the plugin
     * list, which both need the plugins, and the audit log), each running its jobs on {@code jobs};
     * the switch serves them alone until {@link #start}.
     */
    static ServedFeatures register(AppConfig config, Persistence persistence, Clock clock, BackgroundJobs jobs) {
        Plugins plugins = new Plugins(PluginSettings.from(config.config()), persistence, clock, jobs.holder());
        List<Feature> own = new ArrayList<>();
        own.add(new OverviewFeature(new Overview(persistence, clock, plugins::schemas)));
        own.add(new AuditLogFeature());
        own.add(new PluginsFeature(plugins::list));
        List<Contribution> builtIn = BuiltIn.register(own,
                feature -> FeatureContext.of(feature, persistence, config.config(), clock, jobs));
        return new ServedFeatures(builtIn, plugins, new RouteSwitch(Served.of(builtIn)));
    }

    RouteSwitch routes() {
        return routes;
    }

    Plugins plugins() {
        return plugins;
    }

    /**
     * Starts the built-in features, then loads the plugins (their migrations after the core
     * schema's) and swaps their routes in; nothing listens yet.
     *
     * @throws dev.carlot.app.ConfigurationException when a plugin that is not disabled is refused
     */
    void start() {
        builtIn.forEach(c -> c.feature().start());
        try {
            plugins.startAll(builtIn, routes);
        } catch (PluginRefusal refusal) {
            throw PluginCheck.refused(refusal);
        }
    }

    /** Watches the plugins directory, once the server listens. */
    void watch() {
        watch = PluginsWatch.start(plugins);
    }

    /** Stops the watch, the plugins and the built-in features, once no request reaches them. */
    void stop() {
        if (watch != null) {
            watch.close();
        }
        plugins.stopAll();
        builtIn.reversed().forEach(c -> c.feature().stop());
    }
}
