package dev.carlot.app.fuzz;

import dev.carlot.feature.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Well-formed HTTP requests with hostile content: mostly the served routes with their own
 * methods, sometimes other methods and made-up paths; ids, query parameters, cursors, tokens,
 * content types and bodies from {@link HostileValues} and {@link JsonBodies}.
 */
final class Probes {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS",
            "TRACE", "PROPFIND", "get", "FOO");
    private static final List<String> QUERY = List.of("limit", "offset", "status", "sellerId", "brand", "model",
            "minPrice", "maxPrice", "minYear", "maxYear", "sort", "carId", "authorId", "q", "limit[]", "after", "after",
            // the operator's routes: GET /api/admin/users and /api/admin/audit
            "email", "event", "actor");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/json; charset=iso-8859-1", "application/problem+json", "APPLICATION/JSON", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "*/*",
            "application/", "json", ";", "application/json; charset=\"", "application/json;;;;");
    private static final List<String> JUNK_PATHS = List.of("/", "/api", "/api/", "/api/cars/", "/api//cars",
            "/api/cars/1/", "/api/cars/1/reviews/1", "/API/CARS", "/api/cars/..", "/api/cars/%2e%2e/users",
            "/api/%2e%2e/%2e%2e/etc/passwd", "/api/cars/1%00", "/api/cars/%ff%fe", "/api/cars/%c0%af", "/observe",
            "/observe/health/../metrics", "/openapi/x", "/api/users/me/favorites/", "/api/cars/1;jsessionid=x",
            "/api/cars/%", "/api/cars/%zz", "/api/cars/1?limit=%ff", "/" + "a".repeat(5000));

    private final RandomGenerator random;
    private final List<Route> routes;
    private final List<String> tokens;

    Probes(RandomGenerator random, List<Route> routes, List<String> tokens) {
        this.random = random;
        this.routes = routes;
        this.tokens = tokens;
    }

    Probe next() {
        if (random.nextInt(8) == 0) {
            // the list and its cursor: the review's slowest answers came from here
            String query = query() + "&after=" + encode(HostileValues.cursor(random));
            return new Probe("GET", "/api/cars" + query, List.of(), new byte[0]);
        }
        Route route = HostileValues.pick(random, routes);
        String method = random.nextInt(10) < 8 ? route.method() : HostileValues.pick(random, METHODS);
        String path = random.nextInt(20) == 0 ? HostileValues.pick(random, JUNK_PATHS) : fill(route.path());
        String target = random.nextBoolean() ? path + query() : path;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        authorization().ifPresent(a -> headers.add(Map.entry("Authorization", a)));
        byte[] body = new byte[0];
        boolean hasBody = List.of("POST", "PUT", "PATCH").contains(method) ? random.nextInt(10) > 0 : random.nextInt(10) == 0;
        if (hasBody) {
            body = JsonBodies.body(random);
            headers.add(Map.entry("Content-Type", random.nextInt(5) > 0 ? "application/json"
                    : HostileValues.pick(random, CONTENT_TYPES)));
        }
        if (random.nextInt(10) == 0) {
            headers.add(Map.entry("X-Forwarded-For", HostileValues.pick(random, List.of("10.0.0.1", "::1", "garbage"))));
            headers.add(Map.entry("Accept", HostileValues.pick(random, List.of("text/html", "application/xml", "*/*;q=x"))));
        }
        return new Probe(method, target, headers, body);
    }

    private String fill(String template) {
        StringBuilder path = new StringBuilder();
        for (String segment : template.substring(1).split("/")) {
            path.append('/').append(segment.startsWith("{") ? encode(HostileValues.id(random)) : segment);
        }
        return path.toString();
    }

    private String query() {
        StringBuilder query = new StringBuilder("?");
        int params = 1 + random.nextInt(4);
        for (int i = 0; i < params; i++) {
            String name = HostileValues.pick(random, QUERY);
            String value = name.equals("after") ? HostileValues.cursor(random)
                    : random.nextBoolean() ? HostileValues.numberText(random) : HostileValues.string(random);
            query.append(i > 0 ? "&" : "").append(encode(name)).append('=').append(encode(value));
        }
        return query.toString();
    }

    private Optional<String> authorization() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> Optional.empty();
            case 3, 4, 5, 6 -> Optional.of("Bearer " + HostileValues.pick(random, tokens));
            case 7 -> Optional.of(HostileValues.pick(random, List.of("Bearer", "Bearer ", "bearer x",
                    "Basic YWRtaW46YWRtaW4=", "Bearer ' OR 1=1 --", "Bearer " + "t".repeat(8000), "Token abc")));
            default -> Optional.of("Bearer " + HostileValues.pick(random, tokens).substring(1));
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
