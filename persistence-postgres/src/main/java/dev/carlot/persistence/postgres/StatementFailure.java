package dev.carlot.persistence.postgres;

import java.sql.SQLException;

/** The driver's failure of a statement, for {@link PostgresErrors} to translate. */
final class StatementFailure extends RuntimeException {

    StatementFailure(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
