package dev.carlot.engagement;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Routes;
import jakarta.json.JsonObject;

/** Inquiries about cars and users' favorite cars. */
public final class EngagementFeature implements Feature {

    @Override
    public String name() {
        return "engagement";
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        new InquiryRoutes(context.repositories(), context.transactions()).register(routes);
        new FavoriteRoutes(context.repositories()).register(routes);
    }

    @Override
    public JsonObject openApi() {
        return OpenApiFragment.read(getClass().getResourceAsStream("openapi.json"));
    }
}
