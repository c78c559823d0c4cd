package dev.carlot.persistence.plugin;

import dev.carlot.persistence.PersistenceException;

/**
 * PostgreSQL refused a plugin's statement for lack of privilege: the plugin reached for a table
 * outside its own schema (a core table such as {@code users}, or another plugin's). A bug in the
 * plugin, not in the request: the message names the plugin and says what it may touch.
 */
public final class PluginAccessDeniedException extends PersistenceException {
    private final String plugin;

    /** The refusal of {@code plugin}'s statement, which {@code cause} reported. */
    public PluginAccessDeniedException(String plugin, String message, Throwable cause) {
        super(message, cause);
        this.plugin = plugin;
    }

    /** The plugin whose statement was refused. */
    public String plugin() {
        return plugin;
    }
}
