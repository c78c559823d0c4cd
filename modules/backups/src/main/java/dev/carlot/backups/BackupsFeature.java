package dev.carlot.backups;

import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.OpenApiFragment;
import dev.carlot.feature.Routes;
import jakarta.json.JsonObject;

/** Backups an admin makes and lists over HTTP, in the configured directory. */
public final class BackupsFeature implements Feature {

    @Override
    public String name() {
        return "backups";
    }

    /** The one feature given {@link dev.carlot.persistence.Backups}: it makes and lists them. */
    @Override
    public boolean makesBackups() {
        return true;
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        new BackupRoutes(context.backups().orElseThrow(), BackupDirectory.configured(context.config()),
                context.clock()).register(routes);
    }

    @Override
    public JsonObject openApi() {
        return OpenApiFragment.read(getClass().getResourceAsStream("openapi.json"));
    }
}
