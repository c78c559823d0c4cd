package dev.carlot.examples.testdrives;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Routes;
import jakarta.json.JsonObject;

/**
 * Test drives, as a plugin: its routes, its OpenAPI fragment, and its data in the schema
 * Carlot made for it from {@code carlot-plugin/migrations}. Configuration, all optional, in
 * {@code carlot.plugins.test-drives}: {@code days-ahead} (default 60), how far ahead a slot may be.
 */
public final class TestDrivesFeature implements Feature {
    static final int DEFAULT_DAYS_AHEAD = 60;

    /** Found by {@link java.util.ServiceLoader} in the plugin's layer. */
    public TestDrivesFeature() {
    }

    @Override
    public String name() {
        return "test-drives";
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        TestDrives drives = new TestDrives(context.store().orElseThrow(() -> new IllegalStateException(
                "test-drives needs its plugin store; Carlot gives one to plugins that ship migrations")));
        int daysAhead = context.config().get("days-ahead").asInt().orElse(DEFAULT_DAYS_AHEAD);
        new TestDriveRoutes(context.repositories(), drives, context.clock(), daysAhead).register(routes);
    }

    @Override
    public JsonObject openApi() {
        return OpenApiFragment.read(getClass().getResourceAsStream("openapi.json"));
    }
}
