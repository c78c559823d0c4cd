package dev.carlot.examples.testdrives;

import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.plugin.PluginStore;
import java.util.List;
import java.util.Optional;

/**
 * The plugin's data, in its own schema through its {@link PluginStore}: every statement runs
 * under the plugin's database role, which may not read core tables; what it needs of the core
 * (the car, its seller) comes through Carlot's repositories instead.
 */
final class TestDrives {
    /** The unique index that keeps one test drive per car and hour. */
    static final String ONE_PER_SLOT = "test_drives_one_per_slot";

    private final PluginStore store;

    TestDrives(PluginStore store) {
        this.store = store;
    }

    /** Thrown when the car already has a test drive, requested or confirmed, at that hour. */
    static final class SlotTaken extends RuntimeException {
        SlotTaken(Slot slot, Throwable cause) {
            super("the car already has a test drive at " + slot, cause);
        }
    }

    /** A requested test drive; {@link SlotTaken} when the hour is already booked. */
    TestDrive book(long carId, long buyerId, long sellerId, Slot slot) {
        try {
            return store.inTransaction(sql -> sql.one("insert into test_drives (car_id, buyer_id, seller_id, slot_start)"
                    + " values (?, ?, ?, ?) returning " + TestDrive.COLUMNS, TestDrive::of,
                    carId, buyerId, sellerId, slot.start()).orElseThrow());
        } catch (ConflictException e) {
            if (e.constraint().filter(ONE_PER_SLOT::equals).isPresent()) {
                throw new SlotTaken(slot, e);
            }
            throw e;
        }
    }

    Optional<TestDrive> find(long id) {
        return store.inTransaction(sql -> sql.one("select " + TestDrive.COLUMNS + " from test_drives where id = ?",
                TestDrive::of, id));
    }

    /** The test drives {@code userId} booked or sells the car of, soonest first; all of them for an admin. */
    List<TestDrive> listFor(long userId, boolean admin) {
        return store.inTransaction(sql -> admin
                ? sql.query("select " + TestDrive.COLUMNS + " from test_drives order by slot_start, id", TestDrive::of)
                : sql.query("select " + TestDrive.COLUMNS + " from test_drives where buyer_id = ? or seller_id = ?"
                        + " order by slot_start, id", TestDrive::of, userId, userId));
    }

    /**
     * Confirms or declines a requested test drive; empty when it was decided already (by a
     * concurrent decision too: the condition is checked by the update itself).
     */
    Optional<TestDrive> decide(long id, TestDriveStatus decision) {
        return store.inTransaction(sql -> sql.one("update test_drives set status = ?, decided_at = now()"
                + " where id = ? and status = 'requested' returning " + TestDrive.COLUMNS, TestDrive::of,
                decision.wire(), id));
    }
}
