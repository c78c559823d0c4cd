package dev.carlot.app;

import dev.carlot.app.backend.Backends;
import dev.carlot.app.plugins.PluginCheck;
import dev.carlot.app.plugins.PluginSchemas;
import dev.carlot.app.plugins.PluginSettings;
import dev.carlot.app.seed.Seed;
import dev.carlot.app.seed.SeedReport;
import dev.carlot.app.server.CarlotServer;
import dev.carlot.persistence.MigrationReport;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.Persistence;
import io.helidon.metrics.api.Metrics;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.logging.Logger;

/** What each command does, given the configuration and the backends found. */
final class Commands {
    private static final Logger LOG = Logger.getLogger(Commands.class.getName());
    private final AppConfig config;
    private final Backends backends;
    private final PrintStream out;

    Commands(AppConfig config, Backends backends, PrintStream out) {
        this.config = config;
        this.backends = backends;
        this.out = out;
    }

    /** Opens the database, migrates and seeds as configured, and starts the HTTP server. */
    Serving serve() {
        FreePort.require(config.server());
        // a plugin that would be refused stops serve before the database is touched
        PluginCheck.beforeServe(PluginSettings.from(config.config()));
        // Helidon's metrics registry takes about half a second to build: build it while the database starts.
        Thread.ofVirtual().name("carlot-metrics-warmup").start(Metrics::globalRegistry);
        Persistence persistence = backends.open(config.database());
        // Building the HTTP server and checking the migrations take about half a second each: in
        // parallel, when the address is known before the accounts are (the operator chose it).
        FutureTask<CarlotServer.Built> building = null;
        CarlotServer.Built built;
        try {
            if (config.server().hostChosen()) {
                building = buildInBackground(config, persistence);
            }
            if (config.startup().migrate()) {
                MigrationReport report = persistence.migrate();
                LOG.info(describe(report));
            }
            if (config.startup().seed() && persistence.privateToThisMachine() && isEmpty(persistence)) {
                LOG.info(Seed.run(persistence, config.seed(), config.config()).describe());
            }
            if (building == null) {
                building = buildInBackground(config.with(listening(config.server(), persistence)), persistence);
            }
            built = built(building);
        } catch (RuntimeException e) {
            if (building != null) {
                discard(building, e);
            }
            persistence.close();
            throw e;
        }
        try {
            CarlotServer server = built.start();
            String host = server.host().equals(AppConfig.Server.ANY_HOST) ? "localhost" : server.host();
            LOG.info("Carlot is serving http://" + host + ":" + server.port() + " with the " + persistence.backend()
                    + " backend; features: " + String.join(", ", server.features()));
            return Serving.untilSignal(server, persistence);
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
    }

    private static FutureTask<CarlotServer.Built> buildInBackground(AppConfig config, Persistence persistence) {
        FutureTask<CarlotServer.Built> building =
                new FutureTask<>(() -> CarlotServer.build(config, persistence, Clock.systemUTC()));
        Thread.ofVirtual().name("carlot-server-build").start(building);
        return building;
    }

    /**
     * Where to listen when the operator has not said: everywhere, unless a seeded account still has
     * the published development password, which must not be reachable from the network.
     */
    private static AppConfig.Server listening(AppConfig.Server server, Persistence persistence) {
        if (!Seed.developmentPasswordInUse(persistence)) {
            return server;
        }
        LOG.warning("the demo accounts have the development password: listening on " + AppConfig.Server.LOOPBACK
                + " only. Change their passwords (or seed with CARLOT_SEED_PASSWORD), or set CARLOT_HOST (--host)"
                + " to listen elsewhere anyway");
        return server.onLoopback();
    }

    private static CarlotServer.Built built(FutureTask<CarlotServer.Built> building) {
        try {
            return building.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("building the HTTP server failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the HTTP server was being built", e);
        }
    }

    /** After a failed start: a server that was built is given up, one that failed is reported with the failure. */
    private static void discard(FutureTask<CarlotServer.Built> building, RuntimeException failure) {
        try {
            building.get().discard();
        } catch (ExecutionException e) {
            if (e.getCause() != failure) {
                failure.addSuppressed(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void migrate() {
        out.println(describe(withTool(Persistence::migrate)));
    }

    /** The core schema's migrations, then each plugin's (from the plugins directory). */
    void migrationStatus() {
        String tables = withTool(persistence -> {
            StringBuilder text = new StringBuilder(MigrationTable.render(persistence.migrationStatus()));
            for (PluginSchemas.Entry plugin : PluginSchemas.scan(PluginSettings.from(config.config()))) {
                text.append("\nplugin ").append(plugin.name()).append(":\n").append(plugin.schema()
                        .map(schema -> MigrationTable.render(persistence.plugins().status(schema)))
                        .orElse("  " + plugin.note() + "\n"));
            }
            return text.toString();
        });
        out.print(tables);
    }

    void seed() {
        SeedReport report = withTool(persistence -> Seed.run(persistence, config.seed(), config.config()));
        out.println(report.describe());
    }

    /** A file that cannot be written is reported before the database is opened (which may take seconds). */
    void backup(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationException("cannot write the backup to " + file + ": there is no directory " + dir);
        }
        String done = withTool(persistence -> BackupCommands.backup(persistence, file));
        out.print(done);
    }

    void restore(Path file, boolean force) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("there is no backup file " + file);
        }
        String done = withTool(persistence -> {
            // the installed plugins' migrations must be known to recreate their schemas from the backup
            PluginSchemas.scan(PluginSettings.from(config.config())).forEach(plugin ->
                    plugin.schema().ifPresent(persistence.plugins()::register));
            return BackupCommands.restore(persistence, file, force);
        });
        out.print(done);
    }

    /** Every command but serve may run beside a serving Carlot, and opens the database as such. */
    private <T> T withTool(Function<Persistence, T> work) {
        try (Persistence persistence = backends.openBesideRunningServer(config.database())) {
            return work.apply(persistence);
        }
    }

    private static boolean isEmpty(Persistence persistence) {
        return persistence.repositories().users().list(new PageRequest(0, 0)).total() == 0;
    }

    private static String describe(MigrationReport report) {
        String version = report.currentVersion().map(v -> "version " + v).orElse("no version");
        return report.applied() == 0
                ? "nothing to migrate: the schema is at " + version
                : "applied " + report.applied() + " migration" + (report.applied() == 1 ? "" : "s")
                        + "; the schema is now at " + version;
    }
}
