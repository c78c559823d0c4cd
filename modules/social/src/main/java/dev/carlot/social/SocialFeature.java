package dev.carlot.social;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Routes;
import jakarta.json.JsonObject;

/** Reviews of cars and posts on the board. */
public final class SocialFeature implements Feature {

    @Override
    public String name() {
        return "social";
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        new ReviewRoutes(context.repositories()).register(routes);
        new PostRoutes(context.repositories()).register(routes);
    }

    @Override
    public JsonObject openApi() {
        return OpenApiFragment.read(getClass().getResourceAsStream("openapi.json"));
    }
}
