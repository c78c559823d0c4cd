package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.postgres.PostgresProvider;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.util.List;

/** The database the plugin contracts run on, on backend "postgres": a fresh one, with a pool of one connection. */
final class PostgresPluginDatabase {
    private TestDatabase database;

    Persistence open() {
        database = TestDatabases.fresh();
        Persistence persistence = new PostgresProvider().open(database.settings().with(Settings.POOL_SIZE, "1"));
        persistence.migrate();
        return persistence;
    }

    /** Drops the plugins' roles, which outlive a database on the shared server, and then the database. */
    void drop(List<String> pluginRoles) {
        pluginRoles.forEach(role -> database.run("do $$ begin if exists (select from pg_roles where rolname = '" + role
                + "') then execute 'drop owned by " + role + "'; execute 'drop role " + role + "'; end if; end $$"));
        database.close();
    }
}
