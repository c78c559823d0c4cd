package dev.carlot.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.feature.Background;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Persistence;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EngagementFeatureTest {
    private final EngagementFeature feature = new EngagementFeature();

    @Test
    void itServesTheSevenRoutesOfApiMd() {
        assertEquals(Set.of("post /api/cars/{id}/inquiries", "get /api/inquiries", "get /api/inquiries/{id}",
                "patch /api/inquiries/{id}", "get /api/users/me/favorites", "put /api/users/me/favorites/{carId}",
                "delete /api/users/me/favorites/{carId}"), registered());
    }

    @Test
    void theOpenApiFragmentDescribesExactlyTheRegisteredRoutes() {
        Set<String> documented = new TreeSet<>();
        feature.openApi().getJsonObject("paths").forEach((path, item) ->
                item.asJsonObject().keySet().forEach(method -> documented.add(method + " " + path)));
        assertEquals(registered(), documented);
    }

    private Set<String> registered() {
        var routes = new Routes(HttpRouting.builder());
        try (TestDatabase database = TestDatabases.fresh(); Persistence persistence = database.open()) {
            feature.register(FeatureContext.of(feature, persistence, Config.empty(), Clock.systemUTC(), Background.NONE),
                    routes);
        }
        return routes.declared().stream().map(r -> r.method().toLowerCase(Locale.ROOT) + " " + r.path())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
