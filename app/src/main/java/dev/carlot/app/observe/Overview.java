package dev.carlot.app.observe;

import dev.carlot.app.plugins.PluginSchemas;
import dev.carlot.feature.ApiException;
import dev.carlot.feature.Caller;
import dev.carlot.feature.JsonOut;
import dev.carlot.feature.Jsonp;
import dev.carlot.persistence.DatabaseHealth;
import dev.carlot.persistence.MigrationInfo;
import dev.carlot.persistence.Persistence;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code GET /api/admin/overview} (admin): what an operator checks first. This server's version,
 * start and uptime, the backend and its PostgreSQL version, the pool, and every migration with
 * its state: the core schema's, then each running plugin's, read as {@code carlot migrate status}
 * reads them. The runtime answers it because only the runtime holds these: a feature is given
 * its repositories, not the database's migrations or health.
 */
public final class Overview {
    private final Persistence persistence;
    private final Clock clock;
    private final Supplier<List<PluginSchemas.Entry>> plugins;
    private final Instant started;

    public Overview(Persistence persistence, Clock clock, Supplier<List<PluginSchemas.Entry>> plugins) {
        this.persistence = persistence;
        this.clock = clock;
        this.plugins = plugins;
        this.started = clock.instant();
    }

    public void answer(ServerRequest req, ServerResponse res) {
        if (!Caller.required(req).isAdmin()) {
            throw ApiException.forbidden("Only an admin may see the overview of the server.");
        }
        DatabaseHealth health = persistence.health();
        var migrations = Jsonp.arrayBuilder();
        persistence.migrationStatus().forEach(migration -> migrations.add(item(migration, JsonOut.object())));
        var pluginMigrations = Jsonp.arrayBuilder();
        for (PluginSchemas.Entry plugin : plugins.get()) {
            plugin.schema().ifPresent(schema -> persistence.plugins().status(schema).forEach(migration ->
                    pluginMigrations.add(item(migration, JsonOut.object().add("plugin", plugin.name())))));
        }
        Instant now = clock.instant();
        res.send(JsonOut.object()
                .add("version", version())
                .add("startedAt", started)
                .add("uptimeSeconds", Duration.between(started, now).toSeconds())
                .add("backend", health.backend())
                .add("postgresVersion", health.version())
                .add("pool", JsonOut.object().add("active", health.pool().active()).add("idle", health.pool().idle())
                        .add("total", health.pool().total()).add("waiting", health.pool().waiting())
                        .add("max", health.pool().max()).build())
                .add("migrations", migrations.build())
                .add("pluginMigrations", pluginMigrations.build())
                .build());
    }

    private static JsonObject item(MigrationInfo migration, JsonOut item) {
        item.add("version", migration.version())
                .add("description", migration.description())
                .add("state", migration.applied() ? "applied" : "pending");
        migration.appliedAt().ifPresent(at -> item.add("appliedAt", at));
        return item.build();
    }

    /** The runtime module's version as the build stamped it, or "development" when run from classes. */
    static String version() {
        var descriptor = Overview.class.getModule().getDescriptor();
        return descriptor == null ? "development" : descriptor.rawVersion().orElse("development");
    }
}
