package dev.carlot.persistence.plugin;

import java.util.function.Function;

/**
 * A plugin's own data: the tables of its schema, reached under its own database role, which
 * may reference core rows but not read or change core tables (PostgreSQL's privileges enforce it).
 */
public interface PluginStore {

    /** The plugin's schema, such as {@code plugin_test_drives}. */
    String schema();

    /**
     * Runs {@code work} in one transaction under the plugin's role and schema: commits when it
     * returns, rolls back when it throws. The statements must not escape it.
     */
    <T> T inTransaction(Function<PluginStatements, T> work);
}
