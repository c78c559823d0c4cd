package dev.carlot.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.DatabaseHealth;
import dev.carlot.persistence.MigrationInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Migrations and health, as operators see them. */
public abstract class OperationsContract extends ContractGroup {

    @Test
    void migratingAnUpToDateDatabaseAppliesNothing() {
        var report = db().migrate();

        assertEquals(0, report.applied());
        assertTrue(report.currentVersion().isPresent());
    }

    @Test
    void migrationStatusListsEveryMigrationAppliedWithItsTime() {
        List<MigrationInfo> status = db().migrationStatus();

        assertFalse(status.isEmpty());
        assertTrue(status.stream().allMatch(m -> m.applied() && m.appliedAt().isPresent()));
        assertEquals(db().migrate().currentVersion().orElseThrow(), status.getLast().version());
    }

    @Test
    void healthNamesTheBackendTheServerAndThePool() {
        DatabaseHealth health = db().health();

        assertEquals(db().backend(), health.backend());
        assertFalse(health.version().isBlank());
        assertTrue(health.pool().max() >= 1);
        assertTrue(health.pool().total() <= health.pool().max());
        assertEquals(0, health.pool().waiting());
    }
}
