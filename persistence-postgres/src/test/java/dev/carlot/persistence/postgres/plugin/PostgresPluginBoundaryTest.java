package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.contract.plugin.PluginBoundaryContract;
import dev.carlot.persistence.postgres.PostgresProvider;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.util.List;

/** The plugin stores' contract on backend "postgres", over a fresh database and a pool of one connection. */
class PostgresPluginBoundaryTest extends PluginBoundaryContract {
    private TestDatabase database;

    @Override
    protected Persistence openFresh() {
        database = TestDatabases.fresh();
        Persistence persistence = new PostgresProvider().open(database.settings().with(Settings.POOL_SIZE, "1"));
        persistence.migrate();
        return persistence;
    }

    @Override
    protected void afterClose(List<String> pluginRoles) {
        // roles outlive a database on the shared server: drop what they own here, then them
        pluginRoles.forEach(role -> database.run("do $$ begin if exists (select from pg_roles where rolname = '" + role
                + "') then execute 'drop owned by " + role + "'; execute 'drop role " + role + "'; end if; end $$"));
        database.close();
    }
}
