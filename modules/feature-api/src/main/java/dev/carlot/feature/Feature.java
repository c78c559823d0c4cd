package dev.carlot.feature;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * A capability of Carlot (accounts, inventory, ...), found by {@link java.util.ServiceLoader}.
 * It contributes its HTTP routes and their description; everything else it needs comes
 * through the context.
 */
public interface Feature {

    /**
     * A short unique name, used in logs and naming a built-in feature's configuration section
     * {@code carlot.<name>} (a plugin's features read {@code carlot.plugins.<plugin name>}).
     */
    String name();

    /**
     * Whether this feature makes and reads backups, and so is given
     * {@link FeatureContext#backups()}. No feature but the one serving backups needs to.
     */
    default boolean makesBackups() {
        return false;
    }

    /** Registers this feature's routes. Called once, before the server starts. */
    void register(FeatureContext context, Routes routes);

    /**
     * This feature's part of the OpenAPI 3.1 document: an object with {@code paths} and
     * optionally {@code components}, merged by the runtime. See {@link OpenApiFragment}.
     */
    default JsonObject openApi() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    /**
     * This feature's health check, asked after {@link #register}; none by default. See {@link FeatureHealth}.
     */
    default Optional<FeatureHealth> health() {
        return Optional.empty();
    }

    /**
     * Called after {@link #register} and before the first request reaches this feature's routes.
     * A feature that throws here is not served (a plugin is refused; the running set stays as it was).
     */
    default void start() {
    }

    /**
     * Called once no request runs on this feature's routes any more: when the server stops, or when
     * its plugin is removed or replaced. It must not throw; what it holds should be let go.
     */
    default void stop() {
    }
}
