package dev.carlot.app;

/**
 * The configuration cannot work: an unknown backend, a value of the wrong kind, a missing
 * password. The message is one sentence that names the setting to fix.
 */
public final class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message, null, false, false);
    }
}
