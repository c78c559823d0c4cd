package dev.carlot.console;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Routes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The console's static files: its own from this module's {@code web/} folder, the chart library
 * and Swagger UI from their webjars. Only names listed here are served (no path from a request
 * reaches the file system or a jar), each read once and kept, with a strict Content-Security-Policy:
 * scripts, styles and requests from this server only, no inline script or style, no framing.
 */
final class Assets {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    private static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist/";
    private static final String SWAGGER = "META-INF/resources/webjars/swagger-ui/5.35.0/";

    /** A file's origin: a function from its name to a stream, null when it is missing. */
    private record Source(Function<String, InputStream> open, Map<String, String> files) {
    }

    private final Source own;
    private final Source vendor;
    private final Source swagger;
    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    private Assets(Source own, Source vendor, Source swagger) {
        this.own = own;
        this.vendor = vendor;
        this.swagger = swagger;
    }

    /** The files of {@code owner}'s module and of the webjars it reads. */
    static Assets console(Class<?> owner) {
        // webjar files are not in a package, so any module's class loader finds them, however deployed
        ClassLoader loader = owner.getClassLoader();
        return new Assets(
                new Source(name -> owner.getResourceAsStream("web/" + name), Stream.of("index.html", "console.css",
                        "app.js", "api.js", "ui.js", "overview.js", "charts.js", "metrics.js", "data.js", "market.js",
                        "operations.js", "swagger.html").collect(Collectors.toMap(name -> name, name -> name))),
                new Source(loader::getResourceAsStream, Map.of(
                        "uPlot.esm.js", UPLOT + "uPlot.esm.js", "uPlot.min.css", UPLOT + "uPlot.min.css")),
                new Source(name -> name.equals("swagger-start.js") ? owner.getResourceAsStream("web/" + name)
                        : loader.getResourceAsStream(name), Map.of(
                        "swagger-ui.css", SWAGGER + "swagger-ui.css", "swagger-ui-bundle.js", SWAGGER + "swagger-ui-bundle.js",
                        "swagger-start.js", "swagger-start.js")));
    }

    void register(Routes routes) {
        routes.get("/console", (req, res) -> send(res, own, "index.html"))
                // one address for the page: its state is in the fragment, which a browser keeps across the redirect
                .get("/console/", (req, res) -> res.status(Status.PERMANENT_REDIRECT_308)
                        .header(HeaderNames.LOCATION, "/console").send())
                .get("/console/{file}", (req, res) -> send(res, own, file(req)))
                .get("/console/vendor/{file}", (req, res) -> send(res, vendor, file(req)))
                .get("/openapi/ui", (req, res) -> send(res, own, "swagger.html"))
                .get("/openapi/ui/{file}", (req, res) -> send(res, swagger, file(req)));
    }

    private static String file(ServerRequest req) {
        return req.path().pathParameters().get("file");
    }

    private void send(ServerResponse res, Source source, String name) {
        String location = source.files().get(name);
        byte[] bytes = location == null ? null : cache.computeIfAbsent(location, l -> read(source, l)).orElse(null);
        if (bytes == null) {
            throw ApiException.notFound("The console has no file named '" + name + "'.");
        }
        res.header(HeaderNames.CONTENT_TYPE, type(name));
        res.header("Content-Security-Policy", POLICY);
        res.header("Referrer-Policy", "no-referrer");
        // checked again on every load, so a new Carlot's page never runs with an old script
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.send(bytes);
    }

    private static Optional<byte[]> read(Source source, String location) {
        try (InputStream in = source.open().apply(location)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        return name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
    }
}
