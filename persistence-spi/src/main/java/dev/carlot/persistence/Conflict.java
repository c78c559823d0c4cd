package dev.carlot.persistence;

/**
 * What a refused write conflicted with, in the contract's own words: the closed set a caller can
 * tell apart. A backend maps its own rules (constraint names, triggers, conditional updates) to
 * these once; callers switch on them and never see how the backend enforces a rule.
 */
public enum Conflict {
    /** Another account already has this email address (compared without case). */
    DUPLICATE_EMAIL,
    /** The car has a pending or confirmed order: a second one cannot be placed, nor the car deleted. */
    CAR_HAS_ACTIVE_ORDER,
    /** The user still sells cars that are available or reserved, so the account cannot be deleted. */
    USER_HAS_ACTIVE_CARS,
    /** The sales history (orders) refers to the record, so it cannot be deleted. */
    RECORD_STILL_REFERENCED,
    /** The user has already reviewed this car. */
    DUPLICATE_REVIEW,
    /** Another transaction changed the same data first; running the change again may succeed. */
    CONCURRENT_CHANGE,
    /** A restore was asked into a database that already holds Carlot data, without force. */
    RESTORE_TARGET_NOT_EMPTY,
    /** A restore was asked into a database whose schema is newer than the backup's. */
    RESTORE_SCHEMA_NEWER,
    /**
     * A rule of a plugin's own schema (a unique or exclusion constraint, a foreign key):
     * {@link ConflictException#constraint()} names it, in the plugin's own words.
     */
    PLUGIN_CONSTRAINT,
    /** A rule of the data that none of the kinds above names; the backend logs which one. */
    OTHER
}
