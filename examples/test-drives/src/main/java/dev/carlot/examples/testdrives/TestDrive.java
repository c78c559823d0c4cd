package dev.carlot.examples.testdrives;

import dev.carlot.persistence.plugin.PluginRow;
import java.time.Instant;
import java.util.Optional;

/** A booked test drive: a car, its buyer and seller, the hour it starts, and what the seller decided. */
record TestDrive(long id, long carId, long buyerId, long sellerId, Instant slot, TestDriveStatus status,
                 Instant createdAt, Optional<Instant> decidedAt) {

    static final String COLUMNS = "id, car_id, buyer_id, seller_id, slot_start, status, created_at, decided_at";

    static TestDrive of(PluginRow row) {
        return new TestDrive(row.longValue("id"), row.longValue("car_id"), row.longValue("buyer_id"),
                row.longValue("seller_id"), row.instant("slot_start"),
                TestDriveStatus.parse(row.string("status")).orElseThrow(), row.instant("created_at"),
                row.optionalInstant("decided_at"));
    }

    /** Whether {@code userId} takes part: the buyer or the car's seller. */
    boolean party(long userId) {
        return buyerId == userId || sellerId == userId;
    }
}
