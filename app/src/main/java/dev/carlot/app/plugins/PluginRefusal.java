package dev.carlot.app.plugins;

/**
 * A plugin that cannot be served, and why, in a sentence an operator can act on. The runtime logs
 * it as one line; {@code serve} then stops unless the plugin is disabled by configuration.
 */
public final class PluginRefusal extends RuntimeException {
    private final String plugin;
    private final String reason;

    public PluginRefusal(String plugin, String reason) {
        super("plugin '" + plugin + "' refused: " + reason, null, false, false);
        this.plugin = plugin;
        this.reason = reason;
    }

    public PluginRefusal(String plugin, String reason, Throwable cause) {
        super("plugin '" + plugin + "' refused: " + reason, cause, false, false);
        this.plugin = plugin;
        this.reason = reason;
    }

    public String plugin() {
        return plugin;
    }

    public String reason() {
        return reason;
    }
}
