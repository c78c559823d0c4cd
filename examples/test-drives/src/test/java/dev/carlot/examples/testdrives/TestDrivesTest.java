package dev.carlot.examples.testdrives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.NewCar;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;
import dev.carlot.persistence.plugin.PluginAccessDeniedException;
import dev.carlot.persistence.plugin.PluginSchema;
import dev.carlot.persistence.plugin.PluginStore;
import dev.carlot.persistence.postgres.PostgresProvider;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The plugin's data on a real PostgreSQL (TEST_DATABASE_URL, else an embedded server): its
 * migrations applied by Carlot into its own schema, as a running Carlot would apply them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestDrivesTest {
    private static final String HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z0iIhv1ia0mbv4f0kE0S3b5W";
    private static final Slot TEN = new Slot(Instant.parse("2027-03-01T10:00:00Z"));

    private TestDatabase database;
    private Persistence persistence;
    private PluginStore store;
    private TestDrives drives;

    @BeforeAll
    void openCarlotsDatabaseWithThePlugin() {
        database = TestDatabases.fresh();
        persistence = new PostgresProvider().open(database.settings());
        persistence.migrate();
        store = persistence.plugins().open(new PluginSchema("test-drives", TestDrivesTest.class.getClassLoader(),
                List.of("classpath:carlot-plugin/migrations")));
        drives = new TestDrives(store);
    }

    @AfterAll
    void close() {
        persistence.close();
        // roles belong to the whole server; another database of it may still use this one, then it stays
        database.run("drop owned by carlot_plugin_test_drives", "do $$ begin drop role carlot_plugin_test_drives;"
                + " exception when dependent_objects_still_exist then null; end $$");
        database.close();
    }

    private User aUser(Role role) {
        return persistence.repositories().users().create(new NewUser(UUID.randomUUID() + "@example.com", "Someone",
                role, HASH));
    }

    private Car aCar(User seller) {
        return persistence.repositories().cars().create(new NewCar(seller.id(), "Volvo", "V60", 2021,
                new BigDecimal("27500.00"), 30_000, Optional.empty(), Optional.empty(), List.of()));
    }

    @Test
    void aBookingIsRequestedAndSeenByBuyerAndSeller() {
        User seller = aUser(Role.SELLER);
        User buyer = aUser(Role.USER);
        TestDrive drive = drives.book(aCar(seller).id(), buyer.id(), seller.id(), TEN);

        assertEquals(TestDriveStatus.REQUESTED, drive.status());
        assertEquals(List.of(drive), drives.listFor(buyer.id(), false));
        assertEquals(List.of(drive), drives.listFor(seller.id(), false));
    }

    @Test
    void aSecondBookingOfTheSameCarAndHourIsRefusedByTheDatabase() {
        User seller = aUser(Role.SELLER);
        Car car = aCar(seller);
        drives.book(car.id(), aUser(Role.USER).id(), seller.id(), TEN);

        assertThrows(TestDrives.SlotTaken.class, () -> drives.book(car.id(), aUser(Role.USER).id(), seller.id(), TEN));
    }

    @Test
    void aDeclinedBookingFreesItsHourAndADecisionIsFinal() {
        User seller = aUser(Role.SELLER);
        Car car = aCar(seller);
        TestDrive first = drives.book(car.id(), aUser(Role.USER).id(), seller.id(), TEN);

        assertEquals(TestDriveStatus.DECLINED, drives.decide(first.id(), TestDriveStatus.DECLINED).orElseThrow().status());
        assertEquals(Optional.empty(), drives.decide(first.id(), TestDriveStatus.CONFIRMED));
        TestDrive second = drives.book(car.id(), aUser(Role.USER).id(), seller.id(), TEN);
        assertTrue(drives.decide(second.id(), TestDriveStatus.CONFIRMED).orElseThrow().decidedAt().isPresent());
    }

    @Test
    void aCarRemovedForGoodTakesItsTestDrivesAlong() {
        User seller = aUser(Role.SELLER);
        Car car = aCar(seller);
        TestDrive drive = drives.book(car.id(), aUser(Role.USER).id(), seller.id(), TEN);

        // a deleted car is kept for its history; removing its seller then removes it for good, and the
        // foreign key cascades into the plugin's schema
        persistence.repositories().cars().delete(car.id());
        persistence.repositories().users().delete(seller.id());

        assertEquals(Optional.empty(), drives.find(drive.id()));
    }

    @Test
    void thePluginCannotReadCarlotsUsers() {
        assertThrows(PluginAccessDeniedException.class, () -> store.inTransaction(sql -> sql.query(
                "select password_hash from public.users", row -> row.string("password_hash"))));
    }
}
