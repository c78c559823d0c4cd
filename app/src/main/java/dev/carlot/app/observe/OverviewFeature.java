package dev.carlot.app.observe;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.Routes;

/**
 * {@code GET /api/admin/overview} as one of the runtime's own features, so that it is served from
 * the same route table as every feature and plugin; its operation is described in the runtime's
 * part of the OpenAPI document.
 */
public final class OverviewFeature implements Feature {
    private final Overview overview;

    public OverviewFeature(Overview overview) {
        this.overview = overview;
    }

    @Override
    public String name() {
        return "overview";
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        routes.get("/api/admin/overview", overview::answer);
    }
}
