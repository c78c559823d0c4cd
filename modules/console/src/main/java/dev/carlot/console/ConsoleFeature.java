package dev.carlot.console;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Routes;
import jakarta.json.JsonObject;

/** The console's pages and assets, Swagger UI, and the audit log an operator reads. */
public final class ConsoleFeature implements Feature {

    @Override
    public String name() {
        return "console";
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        new AuditRoutes(context.repositories().audit()).register(routes);
        Assets.console(getClass()).register(routes);
    }

    @Override
    public JsonObject openApi() {
        return OpenApiFragment.read(getClass().getResourceAsStream("openapi.json"));
    }
}
