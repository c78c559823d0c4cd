package dev.carlot.app.server;

import dev.carlot.app.AppConfig;
import dev.carlot.app.jobs.BackgroundJobs;
import dev.carlot.app.observe.HttpMetrics;
import dev.carlot.app.observe.Observe;
import dev.carlot.app.observe.PoolGauges;
import dev.carlot.app.plugins.Plugins;
import dev.carlot.feature.JsonBody;
import dev.carlot.feature.JsonMedia;
import dev.carlot.feature.Route;
import dev.carlot.persistence.Persistence;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The running HTTP server. {@link #start} is the whole wiring, a function of the
 * configuration and the opened database; {@code serve} and the tests call the same one.
 */
public final class CarlotServer {
    /** Bodies above this are cut by the server itself; JSON bodies stop at 1 MiB in {@link JsonBody}. */
    static final long MAX_PAYLOAD_BYTES = 2L * JsonBody.MAX_BYTES;

    private final WebServer server;
    private final String host;
    private final PoolGauges gauges;
    private final ServedFeatures features;
    private final BackgroundJobs jobs;
    private final RequestDeadlines deadlines;

    private CarlotServer(WebServer server, String host, PoolGauges gauges, ServedFeatures features, BackgroundJobs jobs,
                         RequestDeadlines deadlines) {
        this.server = server;
        this.host = host;
        this.gauges = gauges;
        this.features = features;
        this.jobs = jobs;
        this.deadlines = deadlines;
    }

    /**
     * Serves every feature on the module path over {@code persistence}, behind the request
     * log and metrics, the bearer token filter and the error answers; returns once the port
     * is bound.
     */
    public static CarlotServer start(AppConfig config, Persistence persistence) {
        return start(config, persistence, Clock.systemUTC());
    }

    /** The same, with "now" taken from {@code clock}: tests move it to let waits and windows pass. */
    public static CarlotServer start(AppConfig config, Persistence persistence, Clock clock) {
        return build(config, persistence, clock).start();
    }

    /**
     * Everything {@link #start} does but listening. {@code serve} builds the server while the
     * database checks its migrations, each about half a second, and starts it once the schema
     * is current: no request reaches a schema that is not.
     */
    public static Built build(AppConfig config, Persistence persistence, Clock clock) {
        BackgroundJobs jobs = new BackgroundJobs(persistence.repositories(), BackgroundJobs.newHolder());
        MeterRegistry registry = Metrics.globalRegistry();
        AuditKeeping audit = new AuditKeeping(persistence.repositories().audit());
        ServedFeatures features = ServedFeatures.register(config, persistence, clock, jobs);
        RouteSwitch routes = features.routes();
        HttpRouting.Builder routing = HttpRouting.builder();
        Optional<TrustedProxies> proxies = config.trustedProxies();
        // first: every filter and route after it knows the client by the address the proxy relayed
        proxies.ifPresent(routing::addFilter);
        routing.addFilter(new RequestObserver(List.of(new AccessLog(), new HttpMetrics(registry))))
                .addFilter(new ResponseHeaders())
                .addFilter(audit)
                .addFilter(new Authentication(persistence, clock))
                // every request goes through the switch: features and plugins change behind it
                .any(routes)
                .error(Throwable.class, new ErrorAnswers(() -> routes.table().routeTable()));

        PoolGauges gauges = PoolGauges.register(persistence, registry);
        RequestDeadlines deadlines = RequestDeadlines.from(config.config().get("carlot.server"));
        try {
            WebServer server = WebServer.builder()
                    // timeouts and limits (server.idle-connection-timeout, server.max-concurrent-requests, ...)
                    // come from application.yaml, and any other Helidon server key works from the config
                    .config(config.config().get("server"))
                    // HTTP/1.1 with deadlines for requests that stall after their request line
                    .addProtocol(deadlines.http1(config.config().get("server")))
                    .host(config.server().host())
                    .port(config.server().port())
                    // on: a connection without a PROXY header is closed unanswered (docs/scaling.md)
                    .enableProxyProtocol(proxies.isPresent())
                    .maxPayloadSize(MAX_PAYLOAD_BYTES)
                    .directHandlers(TransportProblems.handlers())
                    // JSON answers in one write with a length; Helidon's defaults behind it for the rest
                    .mediaContext(media -> media.addMediaSupport(new JsonMedia()))
                    // serve stops the server and then the database, in that order
                    .shutdownHook(false)
                    .featuresDiscoverServices(false)
                    .addFeature(ObserveHead.of(Observe.feature(config, persistence, () -> routes.table().health())))
                    .addRouting(routing)
                    .build();
            return new Built(new CarlotServer(server, config.server().host(), gauges, features, jobs, deadlines));
        } catch (RuntimeException e) {
            deadlines.close();
            gauges.close();
            throw e;
        }
    }

    /** A server built and not yet listening. */
    public static final class Built {
        private final CarlotServer unstarted;

        private Built(CarlotServer unstarted) {
            this.unstarted = unstarted;
        }

        /**
         * Loads the plugins (their migrations after the core schema's), starts every feature and
         * starts listening; returns once the port is bound.
         *
         * @throws dev.carlot.app.ConfigurationException when a plugin that is not disabled is refused
         */
        public CarlotServer start() {
            try {
                unstarted.features.start();
                unstarted.server.start();
                if (!unstarted.server.isRunning()) {
                    // Helidon logs why (a port taken since serve checked it) and returns a stopped server
                    throw new IllegalStateException("the HTTP server did not start; see the log above");
                }
                // the features' background jobs run against a current schema only, like requests
                unstarted.jobs.start();
                unstarted.features.watch();
                return unstarted;
            } catch (RuntimeException e) {
                discard();
                throw e;
            }
        }

        /** Gives up a server that will not be started. */
        public void discard() {
            unstarted.features.stop();
            unstarted.deadlines.close();
            unstarted.gauges.close();
        }
    }

    /** The address listened on, as configured ({@code 0.0.0.0}: every interface). */
    public String host() {
        return host;
    }

    public int port() {
        return server.port();
    }

    /** The names of the features being served: the built-in ones sorted, then the plugins'. */
    public List<String> features() {
        return features.routes().table().features();
    }

    /** Every route served now: the features' and the runtime's. */
    public List<Route> routes() {
        return features.routes().table().routes();
    }

    /** The plugins of this server, to install, replace and remove them while it serves. */
    public Plugins plugins() {
        return features.plugins();
    }

    /**
     * Stops the background jobs and accepting requests and lets those in flight finish; the
     * database stays open.
     */
    public void stop() {
        jobs.stop();
        server.stop();
        features.stop();
        deadlines.close();
        gauges.close();
    }
}
