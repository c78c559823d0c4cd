package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.plugin.PluginAccessDeniedException;
import dev.carlot.persistence.plugin.PluginSchema;
import dev.carlot.persistence.postgres.PostgresErrors;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A plugin's failures in Carlot's words. Unlike core constraints, a plugin's constraint names are
 * the plugin's own vocabulary, so a conflict carries the name for the plugin to map to its own
 * sentence. A privilege refusal is the plugin reaching outside its schema: its own error, naming
 * the plugin. Everything else is translated as for core statements.
 */
final class PluginErrors {
    private PluginErrors() {
    }

    static RuntimeException translate(PluginSchema plugin, SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        Optional<ServerErrorMessage> server = e instanceof PSQLException p
                ? Optional.ofNullable(p.getServerErrorMessage()) : Optional.empty();
        String constraint = server.map(ServerErrorMessage::getConstraint).orElse("");
        String message = server.map(ServerErrorMessage::getMessage).orElse(PostgresErrors.firstLine(
                String.valueOf(e.getMessage())));
        String name = "plugin '" + plugin.plugin() + "'";
        switch (state) {
            case "42501" -> {
                return denied(plugin, message, e);
            }
            case "42P01" -> {
                return new IllegalStateException(name + " refers to a table its schema " + plugin.schema()
                        + " does not have (a plugin sees only its own schema; are its migrations applied?): " + message, e);
            }
            case "23503" -> {
                if (message.startsWith("insert or update")) {
                    return new NotFoundException("a record that " + name + " refers to by '" + constraint
                            + "' does not exist");
                }
                return ConflictException.ofPluginConstraint(constraint, "the change conflicts with rule '" + constraint
                        + "' of " + name + ": other records still refer to this one", e);
            }
            case "23505", "23P01", "23001" -> {
                return ConflictException.ofPluginConstraint(constraint, "the change conflicts with rule '" + constraint
                        + "' of " + name, e);
            }
            default -> {
                return PostgresErrors.translate(e, false);
            }
        }
    }

    static PluginAccessDeniedException denied(PluginSchema plugin, String what, Throwable cause) {
        return new PluginAccessDeniedException(plugin.plugin(), "PostgreSQL refused plugin '" + plugin.plugin() + "' ("
                + what + "): a plugin may only read and change its own schema " + plugin.schema()
                + " (and reference public.cars(id) and public.users(id) by foreign key)", cause);
    }

    /** The first SQLException among the causes of a failure (Flyway wraps them), if any. */
    static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
