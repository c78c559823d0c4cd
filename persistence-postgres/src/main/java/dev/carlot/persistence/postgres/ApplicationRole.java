package dev.carlot.persistence.postgres;

import dev.carlot.persistence.UnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The role the pool connects as when it is not the schema's owner: it may read and write the
 * rows of Carlot's tables and use their sequences, and nothing else (no DDL, no roles, not
 * Flyway's history). Granted by the owner on opening and after every migration and restore,
 * and by default privileges for tables the owner creates later.
 */
final class ApplicationRole {
    private final DataSource owner;
    private final String role;

    private ApplicationRole(DataSource owner, String role) {
        this.owner = owner;
        this.role = role;
    }

    /** Nothing to grant when the pool and the owner are the same role. */
    static Optional<ApplicationRole> of(DataSource owner, String poolUser, String ownerUser) {
        return poolUser.isEmpty() || poolUser.equals(ownerUser) ? Optional.empty()
                : Optional.of(new ApplicationRole(owner, poolUser));
    }

    /** The role's name. */
    String name() {
        return role;
    }

    /** Creates the login role when missing, or sets its password, so that it matches {@code password}. */
    void createOrUpdate(String password) {
        run("creating the application role", connection -> {
            boolean exists;
            try (PreparedStatement find = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                find.setString(1, role);
                try (ResultSet rows = find.executeQuery()) {
                    exists = rows.next();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute((exists ? "alter role " : "create role ") + identifier(role)
                        + " login nosuperuser nocreatedb nocreaterole noreplication password " + literal(password));
            }
        });
    }

    /** Grants row access on every table and sequence of the schema, now and for those created later. */
    void grant() {
        run("granting the application role its rights", connection -> {
            String to = " to " + identifier(role);
            try (Statement statement = connection.createStatement()) {
                statement.execute("grant connect on database " + identifier(connection.getCatalog()) + to);
                statement.execute("grant usage on schema public" + to);
                statement.execute("grant select, insert, update, delete on all tables in schema public" + to);
                statement.execute("grant usage, select, update on all sequences in schema public" + to);
                statement.execute("alter default privileges in schema public grant select, insert, update, delete on tables"
                        + to);
                statement.execute("alter default privileges in schema public grant usage, select, update on sequences" + to);
                // the migrations' history is the owner's business
                statement.execute("do $$ begin if to_regclass('public.flyway_schema_history') is not null then "
                        + "execute 'revoke all on public.flyway_schema_history from " + identifier(role).replace("'", "''")
                        + "'; end if; end $$");
            }
        });
    }

    private interface Work {
        void on(Connection connection) throws SQLException;
    }

    private void run(String doing, Work work) {
        try (Connection connection = owner.getConnection()) {
            work.on(connection);
        } catch (SQLException e) {
            throw new UnavailableException(doing + " '" + role + "' failed: " + PostgresErrors.firstLine(e.getMessage()), e);
        }
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
