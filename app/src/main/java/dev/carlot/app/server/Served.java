package dev.carlot.app.server;

import dev.carlot.app.observe.Overview;
import dev.carlot.app.openapi.OpenApiDocument;
import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.JsonText;
import dev.carlot.feature.Route;
import dev.carlot.feature.Routes;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * What the server answers: the routes of every feature on the module path and of the runtime,
 * and the OpenAPI document describing them, served at {@code /openapi}.
 */
record Served(List<String> features, List<Route> routes, JsonObject openApi) {
    private static final Logger LOG = Logger.getLogger(Served.class.getName());
    /** Routes Helidon's observe feature serves, which no feature declares. */
    private static final List<Route> OBSERVE_ROUTES = List.of(
            new Route("GET", "/observe/health"), new Route("GET", "/observe/metrics"));

    Served {
        features = List.copyOf(features);
        routes = List.copyOf(routes);
    }

    /**
     * Registers every feature, sorted by name so that the order does not depend on the module
     * path, each with the context {@code contexts} makes for it, then the runtime's {@code /openapi}
     * and {@code /api/admin/overview}.
     *
     * @throws IllegalStateException when a feature fails, or two declare the same route
     */
    static Served register(Function<Feature, FeatureContext> contexts, HttpRules rules, Overview overview) {
        List<Feature> features = ServiceLoader.load(Feature.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Feature::name)).toList();
        List<Route> routes = new ArrayList<>(OBSERVE_ROUTES);
        Map<Route, String> owners = new HashMap<>();
        OpenApiDocument openApi = OpenApiDocument.runtime();
        for (Feature feature : features) {
            Routes featureRoutes = new Routes(rules);
            try {
                feature.register(contexts.apply(feature), featureRoutes);
                openApi.add(feature.name(), feature.openApi());
            } catch (RuntimeException e) {
                throw new IllegalStateException("the feature '" + feature.name() + "' ("
                        + feature.getClass().getModule().getName() + ") cannot start: " + e.getMessage(), e);
            }
            declare(feature.name(), featureRoutes.declared(), owners, routes);
        }
        JsonObject document = openApi.toJson();
        byte[] documentBytes = JsonText.bytes(document);
        Routes runtimeRoutes = new Routes(rules).get("/openapi", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            res.send(documentBytes);
        }).get("/api/admin/overview", overview::answer);
        declare("runtime", runtimeRoutes.declared(), owners, routes);
        warnAboutUndocumented(routes, document);
        return new Served(features.stream().map(Feature::name).toList(), routes, document);
    }

    private static void declare(String owner, List<Route> declared, Map<Route, String> owners, List<Route> routes) {
        for (Route route : declared) {
            String before = owners.putIfAbsent(route, owner);
            if (before != null) {
                throw new IllegalStateException("both " + before + " and " + owner + " declare "
                        + route.method() + " " + route.path());
            }
            routes.add(route);
        }
    }

    private static void warnAboutUndocumented(List<Route> routes, JsonObject document) {
        var documented = OpenApiDocument.operations(document);
        routes.stream().filter(r -> !documented.contains(r))
                .forEach(r -> LOG.warning("the OpenAPI document does not describe " + r.method() + " " + r.path()));
    }
}
