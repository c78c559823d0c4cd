package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.RestoreReport;
import dev.carlot.persistence.contract.Fixtures;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.User;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup and restore of the postgres store, between fresh databases of the test server. */
class PostgresBackupTest {
    @TempDir
    Path dir;
    private TestDatabase source;
    private TestDatabase target;
    private Persistence from;
    private Persistence to;

    @BeforeEach
    void twoFreshDatabases() {
        source = TestDatabases.fresh();
        target = TestDatabases.fresh();
        from = open(source);
        to = open(target);
    }

    @AfterEach
    void dropThem() {
        to.close();
        from.close();
        target.close();
        source.close();
    }

    /** A backup of a migrated source database holding {@link #fill every kind of record}. */
    private Path aBackupOfEverything(String name) {
        from.migrate();
        fill(from);
        return backupOf(from, name);
    }

    static Persistence open(TestDatabase database) {
        return new PostgresProvider().open(database.settings());
    }

    /** A migrated database with users, a session, cars in three states, orders, reviews and a post. */
    static void fill(Persistence persistence) {
        Fixtures fixtures = new Fixtures(persistence);
        User seller = fixtures.aSeller();
        User buyer = fixtures.aUser();
        persistence.repositories().sessions().create(buyer.id(), "hash-" + Fixtures.unique("token"), Instant.parse("2099-01-01T00:00:00Z"));
        Car reserved = fixtures.anAvailableCarOf(seller);
        fixtures.aPendingOrderFor(reserved);
        persistence.repositories().cars().transition(reserved.id(), CarStatus.AVAILABLE, CarStatus.RESERVED);
        fixtures.aCarIn(CarStatus.SOLD, seller);
        Car last = fixtures.anAvailableCarOf(seller);
        persistence.repositories().reviews().create(last.id(), buyer.id(), 4, java.util.Optional.of("Drives well; \"quoted\"\nand a tab\there"));
        persistence.repositories().posts().create(buyer.id(), "Ünïcode title ✓", "Back\\slash and\r\nCRLF");
        persistence.repositories().favorites().add(buyer.id(), last.id());
        // the newest car is deleted: its row stays, in a state the backup must carry and the restore hide
        persistence.repositories().cars().delete(persistence.repositories().cars().create(Fixtures.aNewCar(seller.id())).id());
    }

    Path backupOf(Persistence persistence, String name) {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            persistence.backup(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static String manifestText(Path file) {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("manifest.properties")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> checksums(BackupManifest manifest) {
        return manifest.tables().stream().collect(Collectors.toMap(BackupManifest.BackupTable::name,
                BackupManifest.BackupTable::sha256));
    }

    @Test
    void aRestoredDatabaseBacksUpToTheSameBytesAndContinuesItsIds() {
        Path file = aBackupOfEverything("one.zip");
        long deletedCarId = Long.parseLong(source.queryValue("select max(id) from cars"));

        RestoreReport report = to.restore(file, false);
        BackupManifest again = to.backupManifest(backupOf(to, "two.zip"));

        assertFalse(report.replaced());
        assertEquals(from.migrationStatus().size(), report.migrationsApplied());
        assertEquals(checksums(report.manifest()), checksums(again));
        assertEquals(manifestText(file).replaceAll("created-at=.*", ""),
                manifestText(dir.resolve("two.zip")).replaceAll("created-at=.*", ""), "next ids too");
        assertTrue(report.manifest().tables().stream().anyMatch(t -> t.name().equals("car_counts") && t.rows() > 0));
        assertEquals(source.queryValue("select string_agg(status || cars, ',' order by status, shard) from car_counts"),
                target.queryValue("select string_agg(status || cars, ',' order by status, shard) from car_counts"));
        Car created = to.repositories().cars().create(Fixtures.aNewCar(to.repositories().users().list(PageRequest.first(1))
                .items().getFirst().id()));
        assertEquals(deletedCarId + 1, created.id());
        assertEquals("deleted", target.queryValue("select status from cars where id = " + deletedCarId));
        assertTrue(to.repositories().cars().find(deletedCarId).isEmpty());
    }

    @Test
    void aDatabaseWithDataIsRefusedUnlessForcedAndThenReplaced() {
        Path file = aBackupOfEverything("one.zip");
        to.migrate();
        User stranger = new Fixtures(to).aUser();

        var refused = assertThrows(ConflictException.class, () -> to.restore(file, false));
        assertEquals(Conflict.RESTORE_TARGET_NOT_EMPTY, refused.conflict());
        assertTrue(refused.getMessage().contains("already holds Carlot data (in users)"), refused.getMessage());
        assertTrue(to.repositories().users().find(stranger.id()).isPresent());

        RestoreReport forced = to.restore(file, true);
        assertTrue(forced.replaced());
        assertTrue(to.repositories().users().findByEmail(stranger.email()).isEmpty());
        assertEquals(source.queryValue("select count(*) from cars"), target.queryValue("select count(*) from cars"));
    }

    @Test
    void aCutShortFileIsRefusedBeforeTheDatabaseIsTouched() throws IOException {
        byte[] whole = Files.readAllBytes(aBackupOfEverything("whole.zip"));
        Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(whole, whole.length - 40));

        var refused = assertThrows(InvalidDataException.class, () -> to.restore(cut, false));

        assertTrue(refused.getMessage().contains("not a complete Carlot backup"), refused.getMessage());
        assertEquals("f", target.queryValue("select to_regclass('flyway_schema_history') is not null"));
    }

    @Test
    void aFileWithAChangedTableIsRefusedNamingTheTable() throws IOException {
        Path file = aBackupOfEverything("one.zip");
        Path changed = BackupFiles.rewrite(file, dir.resolve("changed.zip"),
                Map.of("data/posts.copy", text -> text.replace("Ünïcode", "Unicode")));

        var refused = assertThrows(InvalidDataException.class, () -> to.restore(changed, false));

        assertTrue(refused.getMessage().contains("the data of table posts does not match its checksum"),
                refused.getMessage());
        assertEquals("f", target.queryValue("select to_regclass('flyway_schema_history') is not null"));
    }

    @Test
    void aFileOfANewerSchemaIsRefusedWithTheVersions() throws IOException {
        from.migrate();
        Path file = backupOf(from, "one.zip");
        Path newer = BackupFiles.rewrite(file, dir.resolve("newer.zip"), Map.of("manifest.properties",
                text -> text.replaceFirst("schema-version=\\S+", "schema-version=999")));

        var refused = assertThrows(InvalidDataException.class, () -> to.restore(newer, false));

        assertTrue(refused.getMessage().startsWith("the backup is of schema version 999, newer than this Carlot knows"),
                refused.getMessage());
    }

    @Test
    void theManifestNamesTheSchemaVersionAndEveryTableButFlywaysHistory() {
        BackupManifest read = from.backupManifest(aBackupOfEverything("one.zip"));
        BackupManifest written = from.backup(OutputStream.nullOutputStream());

        assertEquals(from.migrationStatus().getLast().version(), read.schemaVersion());
        Map<String, Long> rows = read.tables().stream()
                .collect(Collectors.toMap(BackupManifest.BackupTable::name, BackupManifest.BackupTable::rows));
        assertEquals(3L, rows.get("users"));
        assertEquals(4L, rows.get("cars")); // the deleted one too
        assertFalse(rows.containsKey("flyway_schema_history"));
        assertEquals(checksums(written), checksums(read));
        var order = read.tables().stream().map(BackupManifest.BackupTable::name).toList();
        assertTrue(order.indexOf("users") < order.indexOf("cars") && order.indexOf("cars") < order.indexOf("orders"),
                "each table after those it refers to: " + order);
    }
}
