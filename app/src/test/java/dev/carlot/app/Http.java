package dev.carlot.app;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client for tests: JSON in, status, headers and parsed JSON out. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    /** One answer; {@link #json()} parses the body, {@link #text()} gives it raw. */
    public record Answer(int status, HttpHeaders headers, String text) {
        public JsonValue json() {
            try (var reader = Json.createReader(new StringReader(text))) {
                return reader.readValue();
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    public Answer get(String path, String... token) {
        return send("GET", path, Optional.empty(), token);
    }

    public Answer delete(String path, String... token) {
        return send("DELETE", path, Optional.empty(), token);
    }

    public Answer post(String path, JsonValue body, String... token) {
        return send("POST", path, Optional.of(body.toString()), token);
    }

    public Answer patch(String path, JsonValue body, String... token) {
        return send("PATCH", path, Optional.of(body.toString()), token);
    }

    public Answer put(String path, String... token) {
        return send("PUT", path, Optional.empty(), token);
    }

    /** Any request; {@code token}, when given, goes out as a bearer token. */
    public Answer send(String method, String path, Optional<String> json, String... token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, json.map(HttpRequest.BodyPublishers::ofString).orElse(HttpRequest.BodyPublishers.noBody()));
        json.ifPresent(j -> request.header("Content-Type", "application/json"));
        if (token.length > 0) {
            request.header("Authorization", "Bearer " + token[0]);
        }
        return send(request.build());
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return base.resolve(path);
    }
}
