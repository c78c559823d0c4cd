package dev.carlot.sales;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Routes;
import jakarta.json.JsonObject;

/** Sales orders: {@code /api/orders}. */
public final class SalesFeature implements Feature {

    @Override
    public String name() {
        return "sales";
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        new OrderRoutes(context.persistence()).register(routes);
    }

    @Override
    public JsonObject openApi() {
        return OpenApiFragment.read(getClass().getResourceAsStream("openapi.json"));
    }
}
