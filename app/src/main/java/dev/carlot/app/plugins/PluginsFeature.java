package dev.carlot.app.plugins;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Caller;
import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.Jsonp;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Principal;
import dev.carlot.feature.Routes;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code GET /api/admin/plugins}: the runtime's own feature, served like any other, listing every
 * plugin folder with its state (admin only).
 */
public final class PluginsFeature implements Feature {
    private final Supplier<List<PluginStatus>> statuses;

    public PluginsFeature(Supplier<List<PluginStatus>> statuses) {
        this.statuses = statuses;
    }

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        routes.get("/api/admin/plugins", (req, res) -> {
            Principal caller = Caller.required(req);
            if (!caller.isAdmin()) {
                throw ApiException.forbidden("Only an admin may list the plugins.");
            }
            res.send(items(statuses.get()));
        });
    }

    /** {@code {"items": [...]}}, the shape of the admin route and of the status file a running server keeps. */
    public static JsonObject items(List<PluginStatus> statuses) {
        JsonArrayBuilder items = Jsonp.arrayBuilder();
        statuses.forEach(s -> items.add(s.toJson()));
        return Jsonp.objectBuilder().add("items", items).build();
    }

    @Override
    public JsonObject openApi() {
        return OpenApiFragment.read(PluginsFeature.class.getResourceAsStream("openapi.json"));
    }
}
