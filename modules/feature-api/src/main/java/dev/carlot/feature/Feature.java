package dev.carlot.feature;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A capability of Carlot (accounts, inventory, ...), found by {@link java.util.ServiceLoader}.
 * It contributes its HTTP routes and their description; everything else it needs comes
 * through the context.
 */
public interface Feature {

    /** A short unique name, used in logs and naming the feature's configuration section {@code carlot.<name>}. */
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
}
