package dev.carlot.persistence.postgres;

import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.PersistenceProvider;
import dev.carlot.persistence.Settings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Backend {@code postgres}: a networked PostgreSQL server. Reads {@link Settings#URL} (either URL
 * form), {@link Settings#USER} and {@link Settings#PASSWORD} (which win over credentials in the
 * URL) and {@link Settings#POOL_SIZE}; with {@link Settings#MIGRATION_URL}, migrations, backups and
 * restores connect as that URL's owner and the pool's role is granted row access only. With
 * {@link Settings#READ_URL}, plain reads go to that streaming replica while it lags less than
 * {@link Settings#READ_MAX_LAG} (docs/scaling-replicas.md).
 */
public final class PostgresProvider implements PersistenceProvider {

    static final String NAME = "postgres";
    /**
     * Enough that 16 concurrent requests need not wait for a connection: a point lookup holds
     * one mostly while it waits on the network and the scheduler, so with fewer connections
     * those waits, not the cores, capped scenario 1 (docs/performance.md). Statements that scan
     * are limited to two per core separately ({@link PostgresAdmission#scan}).
     */
    static final int DEFAULT_POOL_SIZE = 16;
    private static final int MAX_POOL_SIZE = 200;
    /** How far a read replica may lag before reads skip it: a few seconds a reader barely notices. */
    static final Duration DEFAULT_READ_MAX_LAG = Duration.ofSeconds(5);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Persistence open(Settings settings) {
        PostgresUrl url = PostgresUrl.parse(settings.require(Settings.URL));
        PostgresLogin login = new PostgresLogin(url, settings.get(Settings.USER).or(url::user).orElse(""),
                settings.get(Settings.PASSWORD).or(url::password).orElse(""));
        PostgresLogin owner = settings.get(Settings.MIGRATION_URL).map(PostgresUrl::parse)
                .map(ownerUrl -> new PostgresLogin(ownerUrl,
                        settings.get(Settings.MIGRATION_USER).or(ownerUrl::user).orElse(""),
                        settings.get(Settings.MIGRATION_PASSWORD).or(ownerUrl::password).orElse("")))
                .orElse(login);
        int poolSize = settings.intValue(Settings.POOL_SIZE, DEFAULT_POOL_SIZE);
        if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
            throw new InvalidDataException("setting '" + Settings.POOL_SIZE + "' must be between 1 and "
                    + MAX_POOL_SIZE + ", not " + poolSize);
        }
        Optional<ApplicationRole> role = ApplicationRole.of(owner.dataSource("carlot-grant"), login.user(), owner.user());
        if (settings.get(Settings.CREATE_APPLICATION_ROLE).orElse("false").equals("true")) {
            role.orElseThrow(() -> new InvalidDataException("setting '" + Settings.CREATE_APPLICATION_ROLE
                    + "' needs a user other than the owner")).createOrUpdate(login.password());
        }
        role.ifPresent(ApplicationRole::grant);
        LoginProbe.check(login);
        Optional<PostgresLogin> readLogin = settings.get(Settings.READ_URL).map(PostgresUrl::parse)
                .map(readUrl -> new PostgresLogin(readUrl, readUrl.user().orElse(login.user()),
                        readUrl.password().orElse(login.password())));
        Duration maxLag = maxLag(settings);
        PostgresPool pool = PostgresPool.open(login, poolSize);
        Optional<PostgresReplica> replica = Optional.empty();
        try {
            replica = readLogin.map(read -> PostgresReplica.open(read, poolSize, maxLag, pool));
            PostgresPersistence persistence = new PostgresPersistence(pool, owner, role, replica);
            persistence.version();
            return persistence;
        } catch (RuntimeException e) {
            replica.ifPresent(PostgresReplica::close);
            pool.close();
            throw e;
        }
    }

    private static Duration maxLag(Settings settings) {
        String text = settings.get(Settings.READ_MAX_LAG).orElse(DEFAULT_READ_MAX_LAG.toString());
        try {
            Duration lag = Duration.parse(text.strip());
            if (!lag.isNegative() && !lag.isZero()) {
                return lag;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidDataException("setting '" + Settings.READ_MAX_LAG
                + "' must be a positive ISO-8601 duration such as PT5S, not '" + text + "'");
    }
}
