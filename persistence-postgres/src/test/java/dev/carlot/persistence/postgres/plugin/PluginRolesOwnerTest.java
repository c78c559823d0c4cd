package dev.carlot.persistence.postgres.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.contract.Fixtures;
import dev.carlot.persistence.contract.plugin.PluginScripts;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.plugin.PluginAccessDeniedException;
import dev.carlot.persistence.plugin.PluginSchema;
import dev.carlot.persistence.plugin.PluginStore;
import dev.carlot.persistence.postgres.PostgresProvider;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As in production: the schema's owner is no superuser (it may create roles), the application
 * connects as a role of its own; plugins still get their role, their schema and their backups.
 */
class PluginRolesOwnerTest {
    @TempDir
    Path dir;

    @Test
    void aNonSuperuserOwnerMakesThePluginsRoleAndTheApplicationRunsAsIt() {
        try (TestDatabase db = TestDatabases.fresh()) {
            String owner = db.name() + "_owner";
            String app = db.name() + "_app";
            PluginSchema plugin = PluginScripts.plugin(dir, "bookings-" + db.name().substring(9, 17), PluginScripts.bookings());
            db.run("create role " + owner + " login createrole password 'an owner password'",
                    "grant create on database " + db.name() + " to " + owner, "alter schema public owner to " + owner);
            try {
                try (Persistence persistence = new PostgresProvider().open(Settings.of(Map.of(
                        Settings.URL, db.jdbcUrl(), Settings.USER, app, Settings.PASSWORD, "an application password",
                        Settings.MIGRATION_URL, db.jdbcUrl(), Settings.MIGRATION_USER, owner,
                        Settings.MIGRATION_PASSWORD, "an owner password", Settings.CREATE_APPLICATION_ROLE, "true")))) {
                    persistence.migrate();
                    Car car = new Fixtures(persistence).anAvailableCar();
                    PluginStore store = persistence.plugins().open(plugin);

                    store.inTransaction(sql -> sql.update("insert into bookings (car_id, slot_start) values (?, ?)",
                            car.id(), Instant.parse("2027-03-01T10:00:00Z")));
                    assertThrows(PluginAccessDeniedException.class, () -> store.inTransaction(sql -> sql.query(
                            "select email from public.users", row -> row.string("email"))));
                    BackupManifest backup = persistence.backup(new ByteArrayOutputStream());
                    assertEquals(List.of(1L), backup.tables().stream()
                            .filter(table -> table.name().equals(plugin.schema() + ".bookings"))
                            .map(BackupManifest.BackupTable::rows).toList());
                }
                assertEquals(plugin.role(), db.queryValue("select nspowner::regrole::text from pg_namespace"
                        + " where nspname = '" + plugin.schema() + "'"));
            } finally {
                db.run("drop owned by " + plugin.role() + ", " + app + ", " + owner + " cascade");
                db.run("drop role if exists " + plugin.role(), "drop role if exists " + app,
                        "drop role if exists " + owner);
            }
        }
    }
}
