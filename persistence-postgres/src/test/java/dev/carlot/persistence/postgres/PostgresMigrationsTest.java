package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.MigrationInfo;
import dev.carlot.persistence.MigrationReport;
import dev.carlot.persistence.Persistence;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Flyway migrations shipped in the module, each test on a database of its own. */
class PostgresMigrationsTest {

    private static Persistence open(TestDatabase database) {
        return new PostgresProvider().open(database.settings());
    }

    @Test
    void aFreshDatabaseShowsEveryMigrationPending() {
        try (TestDatabase database = TestDatabases.fresh(); Persistence persistence = open(database)) {
            List<MigrationInfo> status = persistence.migrationStatus();

            assertFalse(status.isEmpty());
            assertEquals("1", status.getFirst().version());
            assertEquals("schema", status.getFirst().description());
            assertTrue(status.stream().noneMatch(MigrationInfo::applied));
            assertTrue(status.stream().allMatch(m -> m.appliedAt().isEmpty()));
        }
    }

    @Test
    void migrateAppliesEveryMigrationOnceAndTheSecondRunNothing() {
        try (TestDatabase database = TestDatabases.fresh(); Persistence persistence = open(database)) {
            int known = persistence.migrationStatus().size();

            MigrationReport first = persistence.migrate();
            MigrationReport second = persistence.migrate();

            assertEquals(known, first.applied());
            assertEquals(0, second.applied());
            assertEquals(first.currentVersion(), second.currentVersion());
            assertEquals(persistence.migrationStatus().getLast().version(), second.currentVersion().orElseThrow());
            assertTrue(persistence.migrationStatus().stream().allMatch(m -> m.applied() && m.appliedAt().isPresent()));
        }
    }

    @RepeatedTest(3)
    void twoProcessesMigratingAtOnceApplyEachVersionOnce() throws Exception {
        try (TestDatabase database = TestDatabases.fresh();
             Persistence one = open(database);
             Persistence other = open(database);
             ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CyclicBarrier start = new CyclicBarrier(2);
            var first = CompletableFuture.supplyAsync(() -> migrateAfter(start, one), threads);
            var second = CompletableFuture.supplyAsync(() -> migrateAfter(start, other), threads);

            int applied = first.get().applied() + second.get().applied();

            assertEquals(one.migrationStatus().size(), applied);
            assertEquals("1", database.queryValue("select count(*) from flyway_schema_history where version = '1'"));
            assertEquals(first.get().currentVersion(), second.get().currentVersion());
        }
    }

    private static MigrationReport migrateAfter(CyclicBarrier start, Persistence persistence) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return persistence.migrate();
    }
}
