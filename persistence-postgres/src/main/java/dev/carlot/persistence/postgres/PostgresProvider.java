package dev.carlot.persistence.postgres;

import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.PersistenceProvider;
import dev.carlot.persistence.Settings;
import java.util.Optional;

/**
 * Backend {@code postgres}: a networked PostgreSQL server. Reads {@link Settings#URL} (either URL
 * form), {@link Settings#USER} and {@link Settings#PASSWORD} (which win over credentials in the
 * URL) and {@link Settings#POOL_SIZE}; with {@link Settings#MIGRATION_URL}, migrations, backups and
 * restores connect as that URL's owner and the pool's role is granted row access only.
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
        PostgresPool pool = PostgresPool.open(login, poolSize);
        try {
            PostgresPersistence persistence = new PostgresPersistence(pool, owner, role);
            persistence.version();
            return persistence;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }
}
