package dev.carlot.sales;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Routes;
import jakarta.json.JsonObject;

/** Sales orders: {@code /api/orders}, and the job that lets unconfirmed orders expire. */
public final class SalesFeature implements Feature {

    @Override
    public String name() {
        return "sales";
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        SalesSettings settings = SalesSettings.from(context.config());
        new OrderRoutes(context.repositories(), context.transactions(), settings.maxPendingOrders()).register(routes);
        context.background().every("sales.expire-orders", settings.expiryPeriod(),
                new OrderExpiry(context.repositories(), settings.pendingOrderTtl()));
    }

    @Override
    public JsonObject openApi() {
        return OpenApiFragment.read(getClass().getResourceAsStream("openapi.json"));
    }
}
