package dev.carlot.app.plugins;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks at the plugins directory every {@link PluginSettings#watchPeriod()} and makes the running
 * set match it, then writes what it found to the status file that {@code carlot plugins} reads.
 * A look is cheap (one directory listing and a few file sizes); polling also works on network
 * file systems, where change notifications do not.
 */
public final class PluginsWatch implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PluginsWatch.class.getName());

    private final Plugins plugins;
    private final ScheduledExecutorService scheduler;

    private PluginsWatch(Plugins plugins) {
        this.plugins = plugins;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("carlot-plugins").factory());
    }

    /** Writes the status file once, then watches until {@link #close}. */
    public static PluginsWatch start(Plugins plugins) {
        PluginsWatch watch = new PluginsWatch(plugins);
        StatusFile.write(plugins.settings().dir(), plugins.list());
        long millis = plugins.settings().watchPeriod().toMillis();
        watch.scheduler.scheduleWithFixedDelay(watch::look, millis, millis, TimeUnit.MILLISECONDS);
        return watch;
    }

    private void look() {
        try {
            if (plugins.reconcile()) {
                StatusFile.write(plugins.settings().dir(), plugins.list());
            }
        } catch (RuntimeException | LinkageError e) {
            // the next look tries again; a plugin's own failures are refusals, never thrown here
            LOG.log(Level.WARNING, "looking at the plugins directory failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StatusFile.delete(plugins.settings().dir());
    }
}
