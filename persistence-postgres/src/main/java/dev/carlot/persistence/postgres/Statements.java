package dev.carlot.persistence.postgres;

import java.util.List;
import java.util.function.Function;

/**
 * Where {@link Sql} sends a statement: plain JDBC on a pooled connection of its own, or DB
 * Client inside a transaction. Failures are the driver's, untranslated.
 */
interface Statements {

    /** At most {@code limit} rows of {@code sql}, each read by {@code mapper}. */
    <T> List<T> rows(String sql, Function<Row, T> mapper, int limit, Object... params);

    /** The number {@code count} answers and the rows of {@code select}, each read by {@code mapper}. */
    <T> Counted<T> countAndRows(Sql.Query count, Sql.Query select, Function<Row, T> mapper);

    /** How many rows {@code sql} (an INSERT, UPDATE or DELETE without RETURNING) touched. */
    long update(String sql, Object... params);

    /** Whether a statement that failed may be sent again on a fresh connection. */
    boolean mayRetry();

    record Counted<T>(long count, List<T> rows) {
    }
}
