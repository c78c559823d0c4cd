package dev.carlot.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.feature.Routes;
import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;
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
        // Registering only wires handlers; the context refuses any use of the database before a request.
        new SocialFeature().register(Contexts.forRegistering(Config.empty()), routes);
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
