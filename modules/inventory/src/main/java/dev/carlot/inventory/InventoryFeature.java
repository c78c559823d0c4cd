package dev.carlot.inventory;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Routes;
import jakarta.json.JsonObject;

/** The car inventory: {@code /api/cars}. */
public final class InventoryFeature implements Feature {

    @Override
    public String name() {
        return "inventory";
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        new CarRoutes(context.repositories(), context.transactions(), context.clock()).register(routes);
    }

    @Override
    public JsonObject openApi() {
        return OpenApiFragment.read(getClass().getResourceAsStream("openapi.json"));
    }
}
