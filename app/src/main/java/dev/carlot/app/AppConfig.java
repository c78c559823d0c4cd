package dev.carlot.app;

import dev.carlot.app.server.TrustedProxies;
import dev.carlot.backupfiles.BackupSchedule;
import dev.carlot.feature.ConfigValues;
import dev.carlot.persistence.Settings;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configuration, read once: application.yaml, overridden by the environment, overridden by
 * the command line. Everything else receives the parts it needs as records; features get
 * {@link #config()} and read their own subtree.
 */
public record AppConfig(Config config, Server server, Database database, Startup startup, Seed seed) {

    /**
     * Where the HTTP server listens. {@code hostChosen}: the operator set the host (flag,
     * environment or configuration); otherwise it is {@link #ANY_HOST}, which {@code serve}
     * narrows to {@link #LOOPBACK} while the seeded accounts have the development password.
     */
    public record Server(String host, int port, boolean hostChosen) {
        public static final String ANY_HOST = "0.0.0.0";
        public static final String LOOPBACK = "127.0.0.1";

        /** The same port, on the loopback interface only. */
        public Server onLoopback() {
            return new Server(LOOPBACK, port, hostChosen);
        }
    }

    /** Which backend to open, and the settings it is opened with. */
    public record Database(String backend, Settings settings) {
    }

    /** What {@code serve} does before it accepts requests. */
    public record Startup(boolean migrate, boolean seed) {
    }

    /** The seeded accounts' password, when one is configured (the accounts feature says how to hash it). */
    public record Seed(Optional<String> password) {
    }

    /** Reads the three layers; {@code environment} is passed in so that tests need not touch the real one. */
    public static AppConfig load(CommandLine commandLine, Map<String, String> environment) {
        Map<String, String> fromEnvironment = new HashMap<>();
        for (Option option : Option.values()) {
            Optional.ofNullable(environment.get(option.env())).filter(v -> !v.isBlank())
                    .ifPresent(v -> fromEnvironment.put(option.key(), v));
        }
        fromEnvironment.putAll(pluginSettings(environment));
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                // a password may well contain "${"
                .disableValueResolving()
                .disableKeyResolving()
                // the first source wins
                .addSource(ConfigSources.create(commandLine.settings(), "command line"))
                .addSource(ConfigSources.create(fromEnvironment, "environment"))
                .addSource(ConfigSources.classpath("application.yaml"))
                .build();
        return from(config);
    }

    /**
     * A plugin's settings from the environment, Helidon's way: {@code CARLOT_PLUGINS_TEST_DASH_DRIVES_SLOT_DASH_MINUTES}
     * is {@code carlot.plugins.test-drives.slot-minutes}.
     */
    private static Map<String, String> pluginSettings(Map<String, String> environment) {
        Map<String, String> settings = new HashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("CARLOT_PLUGINS_") && !name.equals(Option.PLUGINS_DIR.env()) && !value.isBlank()) {
                settings.put(name.toLowerCase(Locale.ROOT).replace("_dash_", "-").replace('_', '.'), value);
            }
        });
        return settings;
    }

    /** The directory {@code POST /api/admin/backups} writes to, when one is configured. */
    public Optional<Path> backupDir() {
        return text(config.get(Option.BACKUP_DIR.key())).map(Path::of);
    }

    /**
     * The backup schedule, when one is configured.
     *
     * @throws ConfigurationException when the schedule or the number to keep is malformed, or
     *         there is no backup directory to write to
     */
    public Optional<BackupSchedule> backupSchedule() {
        Optional<BackupSchedule> schedule;
        try {
            schedule = BackupSchedule.parse(text(config.get(Option.BACKUP_SCHEDULE.key())),
                    text(config.get(Option.BACKUP_KEEP.key())));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage() + " (" + Option.sources(Option.BACKUP_SCHEDULE.key())
                    + ", " + Option.sources(Option.BACKUP_KEEP.key()) + ")");
        }
        if (schedule.isPresent() && backupDir().isEmpty()) {
            throw new ConfigurationException("scheduled backups (" + Option.sources(Option.BACKUP_SCHEDULE.key())
                    + ") need a directory to write to: set " + Option.sources(Option.BACKUP_DIR.key()) + " as well");
        }
        return schedule;
    }

    /**
     * The proxies whose PROXY protocol headers name the client, when the protocol is on.
     *
     * @throws ConfigurationException when the protocol is on without a list, or the list is
     *         malformed or given with the protocol off
     */
    public Optional<TrustedProxies> trustedProxies() {
        try {
            return TrustedProxies.from(config.get("carlot.server"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("the setting " + e.getMessage() + " (" + Option.sources(Option.PROXY_PROTOCOL.key())
                    + ", " + Option.sources(Option.TRUSTED_PROXIES.key()) + ")");
        }
    }

    public static AppConfig from(Config config) {
        Config database = config.get("carlot.database");
        Optional<String> url = text(database.get("url"));
        String backend = text(database.get("backend")).map(b -> b.toLowerCase(Locale.ROOT))
                .orElse(url.isPresent() ? "postgres" : "embedded");
        Map<String, String> settings = new HashMap<>(database.detach().asMap().orElseGet(Map::of));
        settings.remove("backend");
        AppConfig read = new AppConfig(config,
                server(config),
                new Database(backend, Settings.of(settings)),
                new Startup(flag(config, "carlot.migrate-on-start"), flag(config, "carlot.seed-on-start")),
                new Seed(text(config.get("carlot.seed.password"))));
        // a schedule or a proxy list that cannot work stops the start here, with the configuration's exit code
        read.backupSchedule();
        read.trustedProxies();
        return read;
    }

    private static Server server(Config config) {
        Optional<String> host = text(config.get(Option.HOST.key()));
        String port = Option.PORT.key();
        text(config.get(port)).orElseThrow(() -> new ConfigurationException(
                "the setting '" + port + "' is missing; set " + Option.sources(port)));
        return new Server(host.orElse(Server.ANY_HOST), read(config, port, node -> ConfigValues.whole(node, 0, 0, 65535)),
                host.isPresent());
    }

    /** The same configuration, listening as {@code server} says. */
    public AppConfig with(Server server) {
        return new AppConfig(config, server, database, startup, seed);
    }

    private static Optional<String> text(Config node) {
        return ConfigValues.text(node);
    }

    private static boolean flag(Config config, String key) {
        return read(config, key, node -> ConfigValues.flag(node, false));
    }

    /** {@code reader}'s value of {@code key}; a refusal also says where the key can be set. */
    private static <T> T read(Config config, String key, Function<Config, T> reader) {
        try {
            return reader.apply(config.get(key));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("the setting " + e.getMessage() + " (set it with " + Option.sources(key) + ")");
        }
    }
}
