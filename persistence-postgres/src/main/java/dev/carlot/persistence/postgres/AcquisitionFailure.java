package dev.carlot.persistence.postgres;

import dev.carlot.persistence.UnavailableException;
import java.sql.SQLException;

/** No connection could be had; no statement was sent, so the call can be repeated. */
final class AcquisitionFailure extends RuntimeException {

    private final transient PostgresUrl url;

    AcquisitionFailure(PostgresUrl url, SQLException cause) {
        super(cause.getMessage(), cause);
        this.url = url;
    }

    UnavailableException unavailable() {
        SQLException cause = (SQLException) getCause();
        if (cause.getCause() instanceof SQLException connecting) {
            return PostgresErrors.cannotConnect(url, connecting);
        }
        return new UnavailableException("no database connection became free within "
                + PostgresPool.ACQUIRE_TIMEOUT.toSeconds() + " s; the database is overloaded or unreachable", cause);
    }
}
