package dev.carlot.persistence.postgres;

import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.PersistenceProvider;
import dev.carlot.persistence.Settings;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import io.helidon.dbclient.jdbc.JdbcParametersConfig;

/**
 * Backend {@code postgres}: a networked PostgreSQL server. Reads {@link Settings#URL} (either URL
 * form), {@link Settings#USER} and {@link Settings#PASSWORD} (which win over credentials in the
 * URL) and {@link Settings#POOL_SIZE}.
 */
public final class PostgresProvider implements PersistenceProvider {

    static final String NAME = "postgres";
    /**
     * Two connections per core, at least 4. More statements at once than that do not finish
     * sooner, they take turns on the cores: at 16 concurrent requests on 2 cores, 8 connections
     * made the slowest 1% of list answers four times slower than 4 did (docs/performance.md).
     */
    static final int DEFAULT_POOL_SIZE = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private static final int MAX_POOL_SIZE = 200;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Persistence open(Settings settings) {
        PostgresUrl url = PostgresUrl.parse(settings.require(Settings.URL));
        String user = settings.get(Settings.USER).or(url::user).orElse("");
        String password = settings.get(Settings.PASSWORD).or(url::password).orElse("");
        int poolSize = settings.intValue(Settings.POOL_SIZE, DEFAULT_POOL_SIZE);
        if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
            throw new InvalidDataException("setting '" + Settings.POOL_SIZE + "' must be between 1 and "
                    + MAX_POOL_SIZE + ", not " + poolSize);
        }
        PostgresPool pool = PostgresPool.open(url, user, password, poolSize);
        try {
            DbClient db = JdbcClientBuilder.create()
                    .connectionPool(pool::connection)
                    // Long strings go as plain text parameters, not as character streams.
                    .parametersSetter(JdbcParametersConfig.builder().useStringBinding(false).build())
                    .build();
            PostgresPersistence persistence = new PostgresPersistence(pool, db);
            persistence.version();
            return persistence;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }
}
