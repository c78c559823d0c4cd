package dev.carlot.persistence.postgres;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.contract.PersistenceContract;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;

/** The persistence contract on backend "postgres", over a fresh database. */
class PostgresContractTest extends PersistenceContract {

    private TestDatabase database;

    @Override
    protected Persistence openFresh() {
        database = TestDatabases.fresh();
        Persistence persistence = new PostgresProvider().open(database.settings());
        persistence.migrate();
        return persistence;
    }

    @Override
    protected void afterClose() {
        database.close();
    }
}
