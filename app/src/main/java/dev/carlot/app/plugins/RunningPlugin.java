package dev.carlot.app.plugins;

import dev.carlot.app.jobs.BackgroundJobs;
import dev.carlot.app.server.Contribution;
import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.plugin.PluginStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A loaded plugin made ready to serve: its store opened (migrations applied) when it ships
 * migrations, its features registered with contexts of their own (its configuration section, its
 * own background jobs) and started. {@link #stop} undoes what it can; the data stays.
 */
record RunningPlugin(LoadedPlugin plugin, List<Contribution> contributions, BackgroundJobs jobs) {
    private static final Logger LOG = Logger.getLogger(RunningPlugin.class.getName());

    /**
     * Opens the plugin's store and registers its features; nothing of it serves yet.
     *
     * @throws PluginRefusal when its migrations or a feature fail
     */
    static RunningPlugin mount(LoadedPlugin plugin, PluginSettings settings, Persistence persistence, Clock clock,
                               String jobsHolder) {
        String name = plugin.name();
        Optional<PluginStore> store = Optional.empty();
        if (plugin.hasMigrations()) {
            try {
                store = Optional.of(persistence.plugins().open(PluginSchemas.schema(plugin)));
            } catch (RuntimeException e) {
                throw new PluginRefusal(name, "its migrations failed: " + e.getMessage(), e);
            }
        }
        BackgroundJobs jobs = new BackgroundJobs(persistence.repositories(), jobsHolder);
        List<Contribution> contributions = new ArrayList<>();
        for (Feature feature : plugin.features()) {
            FeatureContext context = FeatureContext.of(feature, persistence, settings.section(name), clock, jobs, store);
            try {
                contributions.add(Contribution.register(feature, context));
            } catch (IllegalStateException e) {
                throw new PluginRefusal(name, e.getMessage(), e);
            }
        }
        return new RunningPlugin(plugin, contributions, jobs);
    }

    String name() {
        return plugin.name();
    }

    /**
     * Calls every feature's start hook; when one fails, stops those already started.
     *
     * @throws PluginRefusal naming the feature that failed
     */
    void start() {
        List<Feature> started = new ArrayList<>();
        for (Contribution contribution : contributions) {
            try {
                contribution.feature().start();
                started.add(contribution.feature());
            } catch (RuntimeException | LinkageError e) {
                started.reversed().forEach(RunningPlugin::stopQuietly);
                throw new PluginRefusal(name(), "its feature '" + contribution.name() + "' failed to start: "
                        + e.getMessage(), e);
            }
        }
    }

    /** Stops its jobs and then its features, once no request runs on its routes. */
    void stop() {
        jobs.stop();
        contributions.reversed().forEach(c -> stopQuietly(c.feature()));
    }

    private static void stopQuietly(Feature feature) {
        try {
            feature.stop();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "the feature '" + feature.name() + "' failed to stop: " + e.getMessage(), e);
        }
    }
}
