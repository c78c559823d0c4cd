package dev.carlot.app.server;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * HEAD on the observe endpoints, which Helidon's observe feature serves for GET only and which no
 * handler of ours can wrap the way {@link TemplateRules} wraps the features' GET routes: the GET
 * is asked of this very server, over the connection's own local address, and its status and
 * headers are answered without the body.
 */
final class ObserveHead {
    static final List<String> PATHS = List.of("/observe/health", "/observe/metrics");
    /** Hop-by-hop and per-answer headers, which this answer sets for itself. */
    private static final Set<String> OWN = Set.of("connection", "date", "content-length", "transfer-encoding",
            "keep-alive", "x-content-type-options", "cache-control");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ObserveHead() {
    }

    static void register(HttpRouting.Builder routing) {
        PATHS.forEach(path -> routing.head(path, ObserveHead::answer));
    }

    private static void answer(ServerRequest req, ServerResponse res) throws IOException, InterruptedException {
        InetSocketAddress local = (InetSocketAddress) req.localPeer().address();
        String host = local.getAddress().getHostAddress().replace("%", "%25");
        URI self = URI.create("http://" + (local.getAddress() instanceof Inet6Address ? "[" + host + "]" : host) + ":"
                + local.getPort() + req.prologue().uriPath().path());
        HttpResponse<byte[]> get = CLIENT.send(HttpRequest.newBuilder(self).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        res.status(Status.create(get.statusCode()));
        get.headers().map().forEach((name, values) -> {
            if (!OWN.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                res.header(HeaderNames.create(name), values.toArray(String[]::new));
            }
        });
        HeadResponse.send(req, res, get.body());
    }
}
