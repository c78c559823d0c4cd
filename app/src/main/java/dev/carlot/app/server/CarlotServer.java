package dev.carlot.app.server;

import dev.carlot.app.AppConfig;
import dev.carlot.app.observe.DatabaseCheck;
import dev.carlot.app.observe.HttpMetrics;
import dev.carlot.app.observe.PoolGauges;
import dev.carlot.app.openapi.OpenApiDocument;
import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.JsonBody;
import dev.carlot.feature.Route;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.Persistence;
import io.helidon.http.HeaderNames;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * The running HTTP server. {@link #start} is the whole wiring, a function of the
 * configuration and the opened database; {@code serve} and the tests call the same one.
 */
public final class CarlotServer {
    private static final Logger LOG = Logger.getLogger(CarlotServer.class.getName());
    /** Bodies above this are cut by the server itself; JSON bodies stop at 1 MiB in {@link JsonBody}. */
    static final long MAX_PAYLOAD_BYTES = 2L * JsonBody.MAX_BYTES;
    /** Routes Helidon's observe feature serves, which no feature declares. */
    private static final List<Route> OBSERVE_ROUTES = List.of(
            new Route("GET", "/observe/health"), new Route("GET", "/observe/metrics"));

    private final WebServer server;
    private final PoolGauges gauges;
    private final List<String> features;
    private final List<Route> routes;
    private final JsonObject openApi;

    private CarlotServer(WebServer server, PoolGauges gauges, List<String> features, List<Route> routes,
                         JsonObject openApi) {
        this.server = server;
        this.gauges = gauges;
        this.features = features;
        this.routes = routes;
        this.openApi = openApi;
    }

    /** Serves every feature on the module path over {@code persistence}; returns once the port is bound. */
    public static CarlotServer start(AppConfig config, Persistence persistence) {
        List<Feature> features = ServiceLoader.load(Feature.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Feature::name)).toList();
        FeatureContext context = new FeatureContext(persistence, config.config(), Clock.systemUTC());
        MeterRegistry registry = Metrics.globalRegistry();

        HttpRouting.Builder routing = HttpRouting.builder();
        List<Route> routes = new ArrayList<>(OBSERVE_ROUTES);
        TemplateRules rules = new TemplateRules(routing);
        Map<Route, String> owners = new HashMap<>();
        OpenApiDocument openApi = OpenApiDocument.runtime();
        for (Feature feature : features) {
            Routes featureRoutes = new Routes(rules);
            try {
                feature.register(context, featureRoutes);
                openApi.add(feature.name(), feature.openApi());
            } catch (RuntimeException e) {
                throw new IllegalStateException("the feature '" + feature.name() + "' ("
                        + feature.getClass().getModule().getName() + ") cannot start: " + e.getMessage(), e);
            }
            declare(feature.name(), featureRoutes.declared(), owners, routes);
        }
        JsonObject document = openApi.toJson();
        byte[] documentBytes = document.toString().getBytes(StandardCharsets.UTF_8);
        Routes runtimeRoutes = new Routes(rules).get("/openapi", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            res.send(documentBytes);
        });
        declare("runtime", runtimeRoutes.declared(), owners, routes);

        routing.addFilter(new RequestObserver(List.of(new AccessLog(), new HttpMetrics(registry))))
                .addFilter(new Authentication(persistence.sessions(), context.clock()))
                .error(Throwable.class, new ErrorAnswers(new RouteTable(routes)));

        PoolGauges gauges = PoolGauges.register(persistence, registry);
        ObserveFeature observe = ObserveFeature.builder()
                .addObserver(HealthObserver.builder().details(true).addCheck(new DatabaseCheck(persistence)).build())
                .addObserver(MetricsObserver.create())
                .build();
        WebServer server;
        try {
            server = WebServer.builder()
                    .host(config.server().host())
                    .port(config.server().port())
                    .maxPayloadSize(MAX_PAYLOAD_BYTES)
                    .directHandlers(TransportProblems.handlers())
                    // serve stops the server and then the database, in that order
                    .shutdownHook(false)
                    .featuresDiscoverServices(false)
                    .addFeature(observe)
                    .addRouting(routing)
                    .build()
                    .start();
            if (!server.isRunning()) {
                // Helidon logs why (a port taken since serve checked it) and returns a stopped server
                throw new IllegalStateException("the HTTP server did not start; see the log above");
            }
        } catch (RuntimeException e) {
            gauges.close();
            throw e;
        }
        List<String> names = features.stream().map(Feature::name).toList();
        LOG.fine(() -> "features: " + names);
        warnAboutUndocumented(routes, document);
        return new CarlotServer(server, gauges, names, List.copyOf(routes), document);
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

    public int port() {
        return server.port();
    }

    /** The names of the features being served, sorted. */
    public List<String> features() {
        return features;
    }

    /** Every route served: the features' and the runtime's. */
    public List<Route> routes() {
        return routes;
    }

    public JsonObject openApi() {
        return openApi;
    }

    /** Stops accepting requests and lets those in flight finish; the database stays open. */
    public void stop() {
        server.stop();
        gauges.close();
    }
}
