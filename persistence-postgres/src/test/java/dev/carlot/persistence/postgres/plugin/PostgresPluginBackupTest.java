package dev.carlot.persistence.postgres.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.MigrationInfo;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.contract.Fixtures;
import dev.carlot.persistence.contract.plugin.PluginScripts;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.plugin.PluginSchema;
import dev.carlot.persistence.postgres.PostgresProvider;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups carry every plugin's schema, installed or removed; a restore makes a plugin's tables
 * from its registered migrations at the backup's version, or refuses before changing anything.
 */
class PostgresPluginBackupTest {
    private static final Instant SLOT = Instant.parse("2027-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aBackupCarriesEveryPluginsRowsAndARestoreBringsThemBack() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        PluginSchema bookings = PluginScripts.plugin(dir, "bookings-" + suffix, PluginScripts.bookings());
        PluginSchema removed = PluginScripts.plugin(dir, "notes-" + suffix, PluginScripts.notes());
        Path file = dir.resolve("backup.zip");
        try (TestDatabase source = TestDatabases.fresh(); TestDatabase target = TestDatabases.fresh();
             TestDatabase bare = TestDatabases.fresh()) {
            try {
                long carId;
                try (Persistence from = new PostgresProvider().open(source.settings())) {
                    from.migrate();
                    Car car = new Fixtures(from).anAvailableCar();
                    carId = car.id();
                    from.plugins().open(bookings).inTransaction(sql -> sql.update(
                            "insert into bookings (car_id, slot_start) values (?, ?)", car.id(), SLOT));
                    from.plugins().open(removed).inTransaction(sql -> sql.update("insert into notes values (1, 'kept')"));
                }
                BackupManifest manifest;
                // a later process that has neither plugin installed still backs up both schemas
                try (Persistence later = new PostgresProvider().open(source.settings());
                     OutputStream out = Files.newOutputStream(file)) {
                    manifest = later.backup(out);
                }
                Map<String, Long> rows = manifest.tables().stream()
                        .collect(Collectors.toMap(BackupManifest.BackupTable::name, BackupManifest.BackupTable::rows));
                assertEquals(1L, rows.get(bookings.schema() + ".bookings"), rows.toString());
                assertEquals(1L, rows.get(removed.schema() + ".notes"), rows.toString());
                assertEquals(2, manifest.format());

                try (Persistence to = new PostgresProvider().open(bare.settings())) {
                    to.plugins().register(bookings);
                    InvalidDataException refused = assertThrows(InvalidDataException.class, () -> to.restore(file, false));
                    assertTrue(refused.getMessage().contains(removed.schema()), refused.getMessage());
                    assertEquals(List.of(), to.migrationStatus().stream().filter(MigrationInfo::applied).toList(),
                            "a refused restore changes nothing");
                }
                try (Persistence to = new PostgresProvider().open(target.settings())) {
                    to.plugins().register(bookings);
                    to.plugins().register(removed);
                    to.restore(file, false);

                    assertEquals(List.of(carId), to.plugins().open(bookings).inTransaction(sql -> sql.query(
                            "select car_id from bookings where slot_start = ?", row -> row.longValue("car_id"), SLOT)));
                    assertEquals(List.of("kept"), to.plugins().open(removed).inTransaction(sql -> sql.query(
                            "select body from notes", row -> row.string("body"))));
                    assertTrue(to.plugins().status(bookings).stream().allMatch(MigrationInfo::applied));
                }
            } finally {
                for (TestDatabase db : List.of(source, target, bare)) {
                    for (String role : List.of(bookings.role(), removed.role())) {
                        db.run("do $$ begin if exists (select from pg_roles where rolname = '" + role
                                + "') then execute 'drop owned by " + role + "'; end if; end $$");
                    }
                }
                source.run("drop role if exists " + bookings.role(), "drop role if exists " + removed.role());
            }
        }
    }
}
