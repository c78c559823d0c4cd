package dev.carlot.persistence.postgres;

import dev.carlot.persistence.Conflict;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where the schema's rule names become the contract's {@link Conflict}s: features
 * switch on the kind and never learn a constraint's name, so renaming one in a migration changes
 * this map and nothing else.
 */
final class PostgresConflicts {
    /**
     * The schema's rules by constraint name (V1's constraints and triggers), as the contract names
     * them. Every other constraint is {@link Conflict#OTHER}, logged as a refusal worth a look.
     */
    private static final Map<String, Conflict> BY_CONSTRAINT = Map.of(
            "users_email_key", Conflict.DUPLICATE_EMAIL,
            "orders_one_active_per_car", Conflict.CAR_HAS_ACTIVE_ORDER,
            "cars_active_orders", Conflict.CAR_HAS_ACTIVE_ORDER,
            "users_active_cars", Conflict.USER_HAS_ACTIVE_CARS,
            "reviews_car_user_key", Conflict.DUPLICATE_REVIEW,
            "orders_car_id_fkey", Conflict.RECORD_STILL_REFERENCED,
            "orders_buyer_id_fkey", Conflict.RECORD_STILL_REFERENCED,
            "orders_seller_id_fkey", Conflict.RECORD_STILL_REFERENCED);

    private PostgresConflicts() {
    }

    /** The kind of a violated constraint or trigger, when the contract names it. */
    static Optional<Conflict> of(String constraint) {
        return Optional.ofNullable(BY_CONSTRAINT.get(constraint));
    }

    /**
     * The backend's general sentence for a conflict, which reaches a client only where no feature
     * says it in the user's context (the features own the sentences users usually read).
     */
    static String sentence(Conflict conflict) {
        return switch (conflict) {
            case DUPLICATE_EMAIL -> "an account with this email address already exists";
            case CAR_HAS_ACTIVE_ORDER -> "the car has a pending or confirmed order";
            case USER_HAS_ACTIVE_CARS -> "the user still has available or reserved cars; archive or sell them first";
            case RECORD_STILL_REFERENCED -> "the sales history refers to this record, so it cannot be deleted";
            case DUPLICATE_REVIEW -> "this user has already reviewed this car";
            case CONCURRENT_CHANGE -> "another change to the same data got in first; try again";
            case RESTORE_TARGET_NOT_EMPTY -> "the database already holds Carlot data";
            case RESTORE_SCHEMA_NEWER -> "the database's schema is newer than the backup's";
            case PLUGIN_CONSTRAINT -> "the change conflicts with a rule of the plugin's data";
            case OTHER -> "the change conflicts with the stored data";
        };
    }
}
