package dev.carlot.app.server;

import dev.carlot.app.openapi.OpenApiDocument;
import dev.carlot.feature.FeatureHealth;
import dev.carlot.feature.JsonText;
import dev.carlot.feature.Route;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One table of what the server answers: the routes of the features being served and of the
 * runtime, and the OpenAPI document describing them, served at {@code /openapi}. Immutable:
 * {@link RouteSwitch} replaces the whole table when a plugin comes or goes.
 */
public record Served(List<String> features, List<RouteEntry> entries, RouteTable routeTable, JsonObject openApi,
                     Map<String, FeatureHealth> health) {
    private static final Logger LOG = Logger.getLogger(Served.class.getName());
    /** Routes Helidon's observe feature serves, which no feature declares. */
    private static final List<Route> OBSERVE_ROUTES = List.of(
            new Route("GET", "/observe/health"), new Route("GET", "/observe/metrics"));

    public Served {
        features = List.copyOf(features);
        entries = List.copyOf(entries);
        health = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(health));
    }

    /**
     * The table of {@code contributions}, in that order (a request takes the first route that
     * matches), then the runtime's {@code /openapi}.
     *
     * @throws IllegalStateException when two declare the same route, or describe one operation differently
     */
    public static Served of(List<Contribution> contributions) {
        List<Route> routes = new ArrayList<>(OBSERVE_ROUTES);
        List<RouteEntry> entries = new ArrayList<>();
        Map<Route, String> owners = new HashMap<>();
        Map<String, FeatureHealth> health = new LinkedHashMap<>();
        OpenApiDocument openApi = OpenApiDocument.runtime();
        for (Contribution contribution : contributions) {
            declare(contribution.name(), contribution.routes(), owners, routes, entries);
            openApi.add(contribution.name(), contribution.openApi());
            contribution.health().ifPresent(check -> health.put(contribution.name(), check));
        }
        JsonObject document = openApi.toJson();
        byte[] documentBytes = JsonText.bytes(document);
        CollectingRules runtime = new CollectingRules();
        new TemplateRules(runtime).route(Method.GET, "/openapi", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            res.send(documentBytes);
        });
        declare("runtime", runtime.entries(), owners, routes, entries);
        warnAboutUndocumented(routes, document);
        return new Served(contributions.stream().map(Contribution::name).toList(), entries, new RouteTable(routes),
                document, health);
    }

    /** Every route served: the features' and the runtime's. */
    public List<Route> routes() {
        return routeTable.routes();
    }

    private static void declare(String owner, List<RouteEntry> declared, Map<Route, String> owners, List<Route> routes,
                                List<RouteEntry> entries) {
        for (RouteEntry entry : declared) {
            String before = owners.putIfAbsent(entry.route(), owner);
            if (before != null) {
                throw new IllegalStateException("both " + before + " and " + owner + " declare "
                        + entry.route().method() + " " + entry.route().path());
            }
            entries.add(entry);
            // HEAD twins of GET routes are served but not listed: RouteTable adds HEAD wherever GET is
            if (!entry.route().method().equals("HEAD") || !owners.containsKey(new Route("GET", entry.route().path()))) {
                routes.add(entry.route());
            }
        }
    }

    private static void warnAboutUndocumented(List<Route> routes, JsonObject document) {
        var documented = OpenApiDocument.operations(document);
        routes.stream().filter(r -> !documented.contains(r))
                .forEach(r -> LOG.warning("the OpenAPI document does not describe " + r.method() + " " + r.path()));
    }
}
