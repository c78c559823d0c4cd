package dev.carlot.persistence.contract.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.MigrationInfo;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.plugin.PluginSchema;
import dev.carlot.persistence.plugin.PluginStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plugin stores: migrations in the plugin's own history, foreign keys to core rows, the plugin's own rules. */
public abstract class PluginStoresContract extends PluginContract {

    @Test
    void migrationsArePendingBeforeTheFirstOpenAndAppliedAfterIt() {
        PluginSchema plugin = bookingsPlugin();

        List<MigrationInfo> before = db.plugins().status(plugin);
        db.plugins().open(plugin);
        List<MigrationInfo> after = db.plugins().status(plugin);

        assertEquals(List.of("1", "2"), before.stream().map(MigrationInfo::version).toList());
        assertTrue(before.stream().noneMatch(MigrationInfo::applied), before.toString());
        assertEquals(List.of("bookings", "booking confirmed"), after.stream().map(MigrationInfo::description).toList());
        assertTrue(after.stream().allMatch(m -> m.applied() && m.appliedAt().isPresent()), after.toString());
    }

    @Test
    void openingAgainAppliesNothingAndKeepsTheData() {
        PluginSchema plugin = bookingsPlugin();
        Car car = given.anAvailableCar();
        long id = book(db.plugins().open(plugin), car, TEN_AM);

        PluginStore again = db.plugins().open(plugin);

        assertEquals(List.of(id), again.inTransaction(sql -> sql.query("select id from bookings where car_id = ?",
                row -> row.longValue("id"), car.id())));
        assertEquals(2, db.plugins().status(plugin).stream().filter(MigrationInfo::applied).count());
    }

    @Test
    void everyIntegerTypeReadsAsAWholeNumberAndNullAsEmpty() {
        PluginStore store = db.plugins().open(bookingsPlugin());
        assertEquals(List.of(2L, 4L, 8L), store.inTransaction(sql -> sql.one("select 2::smallint as a, 4::integer as b,"
                + " 8::bigint as c", row -> List.of(row.longValue("a"), row.longValue("b"), row.longValue("c")))).orElseThrow());
        assertEquals(java.util.Optional.empty(), store.inTransaction(sql -> sql.one("select null::integer as n",
                row -> row.optionalLong("n"))).orElseThrow());
    }

    @Test
    void aPluginsRowReferencesACoreCar() {
        PluginStore store = db.plugins().open(bookingsPlugin());
        Car car = given.anAvailableCar();

        book(store, car, TEN_AM);

        assertEquals(List.of(TEN_AM), store.inTransaction(sql -> sql.query(
                "select slot_start from bookings where car_id = ?", row -> row.instant("slot_start"), car.id())));
    }

    @Test
    void aRowReferringToAMissingCarIsNotFound() {
        PluginStore store = db.plugins().open(bookingsPlugin());

        assertThrows(NotFoundException.class, () -> store.inTransaction(sql -> sql.update(
                "insert into bookings (car_id, slot_start) values (?, ?)", Long.MAX_VALUE, TEN_AM)));
    }

    @Test
    void aSecondBookingOfTheSameSlotConflictsWithThePluginsRuleByName() {
        PluginStore store = db.plugins().open(bookingsPlugin());
        Car car = given.anAvailableCar();
        book(store, car, TEN_AM);

        ConflictException conflict = assertThrows(ConflictException.class, () -> book(store, car, TEN_AM));

        assertEquals(Conflict.PLUGIN_CONSTRAINT, conflict.conflict());
        assertEquals("bookings_one_per_slot", conflict.constraint().orElseThrow());
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        PluginStore store = db.plugins().open(bookingsPlugin());
        Car car = given.anAvailableCar();

        assertThrows(IllegalArgumentException.class, () -> store.inTransaction(sql -> {
            sql.update("insert into bookings (car_id, slot_start) values (?, ?)", car.id(), TEN_AM);
            throw new IllegalArgumentException("the plugin changed its mind");
        }));

        assertEquals(List.of(), store.inTransaction(sql -> sql.query("select id from bookings where car_id = ?",
                row -> row.longValue("id"), car.id())));
    }

    @Test
    void schemasListsEveryPluginThatHasOne() {
        PluginSchema plugin = bookingsPlugin();
        db.plugins().open(plugin);

        assertTrue(db.plugins().schemas().contains(plugin.plugin()), db.plugins().schemas().toString());
    }
}
