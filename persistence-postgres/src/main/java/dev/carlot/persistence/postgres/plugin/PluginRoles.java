package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.plugin.PluginSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * What the owner sets up for a plugin before its migrations: a NOLOGIN role, a schema it owns,
 * REFERENCES on the core keys a plugin may point at, and membership of the owner (which
 * migrates as that role) and of the pool's role (which runs the plugin's statements as it).
 * The role gets nothing else: no privilege on any core table, so PostgreSQL refuses a plugin
 * that reads or changes one. Idempotent, and serialised by an advisory lock per plugin so that
 * servers starting together do not race to create the same role.
 */
final class PluginRoles {
    /** The core keys a plugin's foreign keys may reference. */
    static final String REFERABLE = "references (id) on table public.cars, public.users";

    private PluginRoles() {
    }

    /** On {@code owner}, in one transaction; {@code poolUser} empty when the pool connects as the owner. */
    static void ensure(Connection owner, PluginSchema plugin, Optional<String> poolUser) throws SQLException {
        String role = quote(plugin.role());
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (Statement sql = owner.createStatement()) {
            sql.execute("select pg_advisory_xact_lock(hashtext('carlot plugin " + plugin.plugin() + "'))");
            sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + plugin.role()
                    + "') then create role " + role + " nologin nosuperuser nocreatedb nocreaterole noinherit; end if; end $$");
            sql.execute("grant " + role + " to current_user");
            sql.execute("grant " + role + " to " + poolUser.map(PluginRoles::quote).orElse("current_user"));
            sql.execute("create schema if not exists " + quote(plugin.schema()) + " authorization " + role);
            // name resolution of public.cars in a foreign key needs usage, which reads no rows
            sql.execute("grant usage on schema public to " + role);
            sql.execute("grant " + REFERABLE + " to " + role);
            owner.commit();
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    /** Whether the plugin's role exists yet. */
    static boolean exists(Connection owner, PluginSchema plugin) throws SQLException {
        try (var find = owner.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            find.setString(1, plugin.role());
            try (var rows = find.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A quoted identifier; plugin names are checked by {@link PluginSchema}, user names come from settings. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
