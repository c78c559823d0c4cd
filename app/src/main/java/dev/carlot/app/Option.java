package dev.carlot.app;

import java.util.Arrays;
import java.util.Optional;

/**
 * The settings an operator is expected to touch, each with its configuration key, its
 * environment variable and, where it is safe on a command line, its flag. Any other key of
 * application.yaml can still be given as a flag spelled like the key ({@code --carlot.x=y}).
 */
public enum Option {
    PORT("server.port", "PORT", "port", "HTTP port; 0 picks a free one"),
    HOST("server.host", "CARLOT_HOST", "host", "address the server listens on"),
    PROXY_PROTOCOL("carlot.server.proxy-protocol", "CARLOT_PROXY_PROTOCOL", "proxy-protocol",
            "every connection must begin with a PROXY protocol header (v1 or v2); default off"),
    TRUSTED_PROXIES("carlot.server.trusted-proxies", "CARLOT_TRUSTED_PROXIES", "trusted-proxies",
            "with proxy-protocol: addresses or CIDR blocks, comma-separated, whose PROXY header names the client;"
                    + " anyone else is known by its own address"),
    BACKEND("carlot.database.backend", "CARLOT_BACKEND", "backend",
            "embedded or postgres; default postgres when DATABASE_URL is set, else embedded"),
    DATABASE_URL("carlot.database.url", "DATABASE_URL", "database-url",
            "postgres://user:password@host:port/db or jdbc:postgresql://host:port/db"),
    // No flag: the URL holds the owner's password.
    MIGRATION_URL("carlot.database.migration-url", "CARLOT_MIGRATION_URL", "",
            "postgres backend: URL of the schema's owner for migrations, backups and restores; the DATABASE_URL"
                    + " role then gets row access only"),
    // No flag: the URL may hold a password.
    READ_URL("carlot.database.read-url", "CARLOT_READ_URL", "",
            "postgres backend: URL of a streaming replica; plain reads go there while it keeps up"),
    READ_MAX_LAG("carlot.database.read-max-lag", "CARLOT_READ_MAX_LAG", "read-max-lag",
            "how far (ISO-8601 duration, default PT5S) the replica may lag before reads skip it"),
    DATA_DIR("carlot.database.data-dir", "CARLOT_DATA_DIR", "data-dir", "embedded backend's data directory"),
    POOL_SIZE("carlot.database.pool-size", "CARLOT_POOL_SIZE", "pool-size", "maximum database connections"),
    MIGRATE_ON_START("carlot.migrate-on-start", "CARLOT_MIGRATE_ON_START", "migrate-on-start",
            "apply pending migrations when serve starts"),
    SEED_ON_START("carlot.seed-on-start", "CARLOT_SEED_ON_START", "seed-on-start",
            "seed demo data when serve finds an empty embedded database"),
    // No flag: a password on the command line shows in the process list.
    SEED_PASSWORD("carlot.seed.password", "CARLOT_SEED_PASSWORD", "",
            "password of the seeded accounts (required on postgres)"),
    BCRYPT_COST("carlot.accounts.bcrypt-cost", "CARLOT_BCRYPT_COST", "bcrypt-cost",
            "bcrypt work factor of stored passwords"),
    BACKUP_DIR("carlot.backups.dir", "CARLOT_BACKUP_DIR", "backup-dir",
            "directory of backups made with POST /api/admin/backups; unset: those routes are off"),
    BACKUP_SCHEDULE("carlot.backups.schedule", "CARLOT_BACKUP_SCHEDULE", "backup-schedule",
            "ISO-8601 duration between scheduled backups in the backup directory, slots from 00:00 UTC"
                    + " (PT24H: daily at 00:00 UTC); unset: none"),
    BACKUP_KEEP("carlot.backups.keep", "CARLOT_BACKUP_KEEP", "backup-keep",
            "how many scheduled backups to keep (default 7); backups made by hand are never deleted"),
    PLUGINS_DIR("carlot.plugins.dir", "CARLOT_PLUGINS_DIR", "plugins-dir",
            "directory of plugin folders, watched while serving (default ./plugins); a plugin's own settings are"
                    + " carlot.plugins.<name>.<key>, from the environment CARLOT_PLUGINS_<NAME>_<KEY> ('-' as _DASH_)"),
    BUNDLED_PLUGINS_DIR("carlot.plugins.bundled-dir", "CARLOT_BUNDLED_PLUGINS_DIR", "bundled-plugins-dir",
            "directory of the plugins that ship with Carlot (the console), loaded beside the plugins directory;"
                    + " the launcher sets it to app/target/bundled-plugins; plugins install and remove never touch it");

    private final String key;
    private final String env;
    private final String flag;
    private final String description;

    Option(String key, String env, String flag, String description) {
        this.key = key;
        this.env = env;
        this.flag = flag;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String env() {
        return env;
    }

    public Optional<String> flag() {
        return Optional.of(flag).filter(f -> !f.isEmpty());
    }

    public String description() {
        return description;
    }

    static Optional<Option> byFlag(String flag) {
        return Arrays.stream(values()).filter(o -> o.flag().filter(flag::equals).isPresent()).findFirst();
    }

    static Optional<Option> byKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    /** Where a value of {@code key} can come from, for error messages. */
    static String sources(String key) {
        return byKey(key).map(o -> o.flag().map(f -> o.env + " or --" + f).orElse(o.env))
                .orElse("--" + key);
    }
}
