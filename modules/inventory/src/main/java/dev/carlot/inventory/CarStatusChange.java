package dev.carlot.inventory;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Fields;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.WireValue;
import java.util.Optional;
import java.util.Set;

/**
 * The status changes a seller may make by hand: take an available car off the market
 * ({@code archived}) and put it back. {@code reserved} and {@code sold} follow from orders only.
 */
final class CarStatusChange {
    private static final Set<CarStatus> REQUESTABLE = Set.of(CarStatus.AVAILABLE, CarStatus.ARCHIVED);

    private CarStatusChange() {
    }

    /** The optional {@code status} field of a change; any other word is a field error. */
    static Optional<CarStatus> read(Fields fields) {
        return fields.text("status", 0, 40).flatMap(word -> {
            Optional<CarStatus> status = WireValue.parse(CarStatus.class, word).filter(REQUESTABLE::contains);
            fields.check("status", status.isPresent(),
                    "must be available or archived (reserved and sold follow from orders)");
            return status;
        });
    }

    /**
     * Whether moving from {@code current} to {@code requested} needs a write: false when the car
     * is already there, true for the available/archived swap, a 409 for reserved and sold cars.
     */
    static boolean needed(CarStatus current, CarStatus requested) {
        if (current == requested) {
            return false;
        }
        return switch (current) {
            case AVAILABLE, ARCHIVED -> true;
            case RESERVED -> throw ApiException.conflict(requested == CarStatus.ARCHIVED
                    ? "The car is reserved by a pending or confirmed order; cancel or complete the order before archiving it."
                    : "The car is reserved by a pending or confirmed order; cancelling the order makes it available again.");
            case SOLD -> throw ApiException.conflict("The car is sold; its status can no longer change.");
        };
    }
}
