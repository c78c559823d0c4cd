package dev.carlot.app.accounts;

import dev.carlot.app.Http;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests sent from a chosen loopback address. All of 127/8 reaches a server listening on
 * 127.0.0.1, and the server knows a client by its address, so a test that speaks from its own
 * addresses has throttle counts of its own, and can play an attacker and the owner at once.
 */
public final class Loopback {
    private static final Map<String, HttpClient> CLIENTS = new ConcurrentHashMap<>();

    private Loopback() {
    }

    /** {@code method path} on {@code http}'s server, from {@code from}, with a JSON body and an optional bearer token. */
    public static Http.Answer send(Http http, String from, String method, String path, JsonValue body, String... token) {
        return send(client(from), request(http, method, path, body, token));
    }

    /**
     * {@code POST path} from an address used once, on a client closed at once: for fixtures that
     * speak from thousands of addresses, which a client kept per address would each hold a thread for.
     */
    static Http.Answer postOnce(Http http, String from, String path, JsonValue body) {
        try (HttpClient client = newClient(from)) {
            return send(client, request(http, "POST", path, body));
        }
    }

    private static HttpRequest request(Http http, String method, String path, JsonValue body, String... token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token.length > 0) {
            request.header("Authorization", "Bearer " + token[0]);
        }
        return request.build();
    }

    private static Http.Answer send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Http.Answer post(Http http, String from, String path, JsonValue body, String... token) {
        return send(http, from, "POST", path, body, token);
    }

    /** {@code POST /api/auth/login} from {@code from}. */
    public static Http.Answer login(Http http, String from, String email, String password) {
        return post(http, from, "/api/auth/login", Accounts.credentials(email, password));
    }

    private static HttpClient client(String from) {
        return CLIENTS.computeIfAbsent(from, Loopback::newClient);
    }

    private static HttpClient newClient(String from) {
        try {
            return HttpClient.newBuilder().localAddress(InetAddress.getByName(from))
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
