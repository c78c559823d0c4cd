package dev.carlot.console;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Routes;
import jakarta.json.JsonObject;

/**
 * The console's page and assets and Swagger UI. A plugin that ships with Carlot: the data it shows
 * comes through Carlot's admin API, which the runtime and the built-in features serve.
 */
public final class ConsoleFeature implements Feature {

    @Override
    public String name() {
        return "console";
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        Assets.console(getClass()).register(routes);
    }

    @Override
    public JsonObject openApi() {
        return OpenApiFragment.read(getClass().getResourceAsStream("openapi.json"));
    }
}
