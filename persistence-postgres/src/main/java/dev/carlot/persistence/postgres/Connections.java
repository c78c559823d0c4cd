package dev.carlot.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where {@link JdbcStatements} runs a statement: on a pooled connection of its own
 * ({@link PostgresAdmission}) or on the one a transaction holds ({@link PostgresTransaction}).
 * A failure of the driver comes out as {@link StatementFailure}, a missing connection as
 * {@link AcquisitionFailure}.
 */
interface Connections {

    <T> T run(Work<T> work);

    /** {@link #run} for a statement that reads many index entries or rows (a page with its total). */
    <T> T scan(Work<T> work);

    /** Whether a statement that failed may be sent again on a fresh connection. */
    boolean mayRetry();

    /** What a statement does with its connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }
}
