package dev.carlot.social;

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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SocialFeatureTest {

    @Test
    void theOpenApiFragmentDocumentsEveryRegisteredRouteAndNoOther() {
        var routes = new Routes(HttpRouting.builder());
        var feature = new SocialFeature();
        try (TestDatabase database = TestDatabases.fresh();
             Persistence persistence = database.open()) {
            feature.register(FeatureContext.of(feature, persistence, Config.empty(), Clock.systemUTC(), Background.NONE),
                    routes);
        }
        Map<String, Set<String>> registered = new TreeMap<>();
        routes.declared().forEach(r -> registered.computeIfAbsent(r.path(), p -> new TreeSet<>())
                .add(r.method().toLowerCase(Locale.ROOT)));

        Map<String, Set<String>> documented = new TreeMap<>();
        new SocialFeature().openApi().getJsonObject("paths")
                .forEach((path, item) -> documented.put(path, new TreeSet<>(item.asJsonObject().keySet())));

        assertEquals(Map.of(
                "/api/cars/{id}/reviews", Set.of("get", "post"),
                "/api/reviews/{id}", Set.of("delete"),
                "/api/posts", Set.of("get", "post"),
                "/api/posts/{id}", Set.of("get", "patch", "delete")), registered);
        assertEquals(registered, documented);
    }
}
