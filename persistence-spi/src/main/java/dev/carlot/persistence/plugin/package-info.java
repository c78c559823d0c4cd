/**
 * A plugin's own data: a schema, a Flyway history and a database role of its own, opened by
 * the runtime for each plugin ({@link dev.carlot.persistence.plugin.PluginStores}).
 */
package dev.carlot.persistence.plugin;
