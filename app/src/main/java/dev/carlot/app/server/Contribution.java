package dev.carlot.app.server;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.FeatureHealth;
import dev.carlot.feature.Routes;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * What one feature serves once registered: its routes with their handlers, its OpenAPI fragment
 * and its health check. A built-in feature and a plugin's feature contribute the same way; only
 * where their classes come from differs.
 */
public record Contribution(Feature feature, List<RouteEntry> routes, JsonObject openApi,
                           Optional<FeatureHealth> health) {

    public Contribution {
        routes = List.copyOf(routes);
    }

    /**
     * Lets {@code feature} register with {@code context} and collects what it contributes.
     *
     * @throws IllegalStateException naming the feature, when it fails
     */
    public static Contribution register(Feature feature, FeatureContext context) {
        CollectingRules rules = new CollectingRules();
        try {
            feature.register(context, new Routes(new TemplateRules(rules)));
            return new Contribution(feature, rules.entries(), feature.openApi(), feature.health());
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("the feature '" + feature.name() + "' ("
                    + feature.getClass().getModule().getName() + ") cannot start: " + e.getMessage(), e);
        }
    }

    /** The feature's name. */
    public String name() {
        return feature.name();
    }
}
