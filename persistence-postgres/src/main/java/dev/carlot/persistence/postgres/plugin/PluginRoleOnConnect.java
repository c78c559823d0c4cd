package dev.carlot.persistence.postgres.plugin;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Makes every connection Flyway opens for a plugin take the plugin's role before its first
 * statement, so that the plugin's migrations, and its history table, are the plugin role's.
 */
final class PluginRoleOnConnect implements Callback {
    private final String setRole;

    PluginRoleOnConnect(String role) {
        this.setRole = "set role " + PluginRoles.quote(role);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_CONNECT;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(setRole);
        } catch (SQLException e) {
            throw new FlywayException("taking the plugin's role failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "carlot-plugin-role";
    }
}
