package dev.carlot.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carlot's HTTP API at one address (a server or HAProxy), with timeouts: an answer that does not
 * come within {@link #TIMEOUT} is a hang, which these tests report, not wait out.
 */
record Api(URI base, HttpClient http) {
    /** Longer than anything Carlot may take to answer 503 (its 5 s wait for a connection), short of a hang. */
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    static Api at(int port) {
        return new Api(URI.create("http://127.0.0.1:" + port),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** One answer: its status, its body, and its Retry-After header if any. */
    record Answer(int status, String body, Optional<String> retryAfter) {
        long id() {
            Matcher m = ID.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no id in " + status + " " + body);
            }
            return Long.parseLong(m.group(1));
        }

        String token() {
            Matcher m = TOKEN.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no token in " + status + " " + body);
            }
            return m.group(1);
        }

        @Override
        public String toString() {
            return status + retryAfter.map(r -> " Retry-After: " + r).orElse("") + " " + body;
        }
    }

    /** A registered account: its email and the token registration gave. */
    record Account(String email, String token) {
    }

    /** An account of {@code role} with a fresh email. */
    Account account(String role) {
        String email = role + "-" + UNIQUE.incrementAndGet() + "-" + System.nanoTime() + "@cluster.test";
        Answer answer = send("POST", "/api/auth/register", Optional.empty(),
                "{\"email\":\"" + email + "\",\"name\":\"Cluster " + role + "\",\"password\":\"cluster-password-1\",\"role\":\"" + role + "\"}");
        expect(201, answer);
        return new Account(email, answer.token());
    }

    /** The token of a fresh account of {@code role}. */
    String register(String role) {
        return account(role).token();
    }

    /** A car of the seller holding {@code token}, as it answers. */
    Answer postCar(String token) {
        return send("POST", "/api/cars", Optional.of(token),
                "{\"brand\":\"Volvo\",\"model\":\"V70\",\"year\":2012,\"price\":9900,\"mileage\":180000}");
    }

    Answer get(String path, Optional<String> token) {
        return send("GET", path, token, null);
    }

    Answer post(String path, Optional<String> token, String body) {
        return send("POST", path, token, body);
    }

    /** Sends and waits at most {@link #TIMEOUT}; a timeout or a lost connection is an IOException. */
    Answer send(String method, String path, Optional<String> token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Retry-After"));
        } catch (IOException e) {
            throw new Unanswered(method + " " + base.resolve(path) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void expect(int status, Answer answer) {
        if (answer.status() != status) {
            throw new AssertionError("expected " + status + ", got " + answer);
        }
    }

    /** No answer: the connection failed or {@link #TIMEOUT} passed. */
    static final class Unanswered extends RuntimeException {
        Unanswered(String message, IOException cause) {
            super(message, cause);
        }
    }
}
