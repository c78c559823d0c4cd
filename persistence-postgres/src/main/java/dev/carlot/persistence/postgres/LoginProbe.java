package dev.carlot.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.Driver;

/**
 * Logs in once with the driver alone, so that a wrong address or password is reported in one
 * line, before HikariCP would log its own stack trace for the same failure.
 */
final class LoginProbe {

    private LoginProbe() {
    }

    static void check(PostgresLogin login) {
        try (Connection probe = new Driver().connect(login.url().jdbcUrl(), login.driverProperties())) {
            probe.isValid(PostgresPool.CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw PostgresErrors.cannotConnect(login.url(), e);
        }
    }
}
