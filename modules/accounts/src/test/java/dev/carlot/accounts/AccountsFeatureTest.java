package dev.carlot.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.feature.Background;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.Route;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Persistence;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webserver.http.HttpRouting;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccountsFeatureTest {

    @Test
    void theOpenApiFragmentDescribesExactlyTheRegisteredRoutes() {
        var feature = new AccountsFeature();
        var routes = new Routes(HttpRouting.builder());
        var config = Config.just(ConfigSources.create(Map.of("carlot.accounts.bcrypt-cost", "4")));
        try (TestDatabase database = TestDatabases.fresh(); Persistence persistence = database.open()) {
            feature.register(FeatureContext.of(feature, persistence, config, Clock.systemUTC(), Background.NONE), routes);
        }

        Set<String> registered = routes.declared().stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, documented(feature.openApi()));
        assertEquals(14, registered.size());
    }

    @Test
    void meIsRegisteredBeforeTheIdTemplate() {
        var routes = new Routes(HttpRouting.builder());
        try (TestDatabase database = TestDatabases.fresh(); Persistence persistence = database.open()) {
            var passwords = new Passwords(4, new PasswordGate(HashingLimits.from(Config.empty())));
            var throttle = new LoginThrottle(LoginLimits.defaults(), new Counters(persistence.repositories(), Clock.systemUTC()));
            new UserRoutes(persistence.repositories(), persistence, passwords, throttle).register(routes);
        }
        var paths = routes.declared().stream().map(Route::path).toList();
        assertTrue(paths.contains("/api/users/me") && paths.contains("/api/users/{id}"), paths.toString());
        assertTrue(paths.indexOf("/api/users/me") < paths.indexOf("/api/users/{id}"),
                "/api/users/{id} would take /api/users/me: " + paths);
    }

    private static Set<String> documented(JsonObject openApi) {
        Set<String> routes = new TreeSet<>();
        openApi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(key -> !key.equals("parameters"))
                .forEach(method -> routes.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        return routes;
    }
}
