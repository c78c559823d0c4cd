package dev.carlot.persistence.plugin;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * SQL a plugin runs in its own schema, inside {@link PluginStore#inTransaction}. Unqualified
 * names resolve in the plugin's schema only. Parameters are bound with {@code ?}: strings,
 * numbers, booleans, {@link java.time.Instant}s (as timestamptz) and {@code null}. One
 * statement per call; statements that change the role or the session's settings are refused.
 * Failures are Carlot's: {@link dev.carlot.persistence.ConflictException} naming the plugin's
 * constraint, {@link dev.carlot.persistence.InvalidDataException},
 * {@link dev.carlot.persistence.NotFoundException} for a reference to a missing row,
 * {@link dev.carlot.persistence.UnavailableException}, and {@link PluginAccessDeniedException}
 * when the statement reaches outside the plugin's schema.
 */
public interface PluginStatements {

    /** Runs an insert, update or delete with {@code ?} parameters; returns the rows it changed. */
    int update(String sql, Object... parameters);

    /** Runs a query with {@code ?} parameters and maps each row. */
    <T> List<T> query(String sql, Function<PluginRow, T> mapper, Object... parameters);

    /** Runs a query (or a statement with {@code RETURNING}) and maps its first row, if any. */
    <T> Optional<T> one(String sql, Function<PluginRow, T> mapper, Object... parameters);
}
