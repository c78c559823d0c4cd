package dev.carlot.persistence.postgres;

import dev.carlot.persistence.InvalidDataException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the server is and who to log in as, read from either URL form operators paste:
 * {@code jdbc:postgresql://host:port/db?k=v} or {@code postgres[ql]://user:password@host:port/db?k=v}.
 * Credentials are taken out of the URL so that settings can override them and so that they
 * never appear in {@link #jdbcUrl()} or in a message.
 */
record PostgresUrl(String host, int port, String database, Optional<String> user, Optional<String> password,
                   Map<String, String> parameters) {

    static final int DEFAULT_PORT = 5432;
    private static final String EXPECTED = "expected postgres://user:password@host:port/database"
            + " or jdbc:postgresql://host:port/database";

    PostgresUrl {
        // Kept in the operator's order, so the JDBC URL reads like the one they wrote.
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Parses {@code text}; the message of a failure names the problem and never the password. */
    static PostgresUrl parse(String text) {
        String url = text.strip();
        boolean jdbc = url.startsWith("jdbc:postgresql://");
        if (!jdbc && !url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw invalid("the database URL must start with postgres://, postgresql:// or jdbc:postgresql://");
        }
        URI uri = uri("postgres" + url.substring(url.indexOf("://")));
        String authority = Objects.requireNonNullElse(uri.getRawAuthority(), "");
        int at = authority.lastIndexOf('@');
        if (at >= 0 && jdbc) {
            throw invalid("a jdbc:postgresql:// URL takes the user as ?user=... , not before the host");
        }
        String path = Objects.requireNonNullElse(uri.getRawPath(), "");
        if (path.length() < 2) {
            throw invalid("the database URL names no database (" + EXPECTED + ")");
        }
        Map<String, String> parameters = queryParameters(Objects.requireNonNullElse(uri.getRawQuery(), ""));
        Optional<String> user = Optional.ofNullable(parameters.remove("user"));
        Optional<String> password = Optional.ofNullable(parameters.remove("password"));
        String userInfo = at < 0 ? "" : authority.substring(0, at);
        int colon = userInfo.indexOf(':');
        String name = colon < 0 ? userInfo : userInfo.substring(0, colon);
        if (!name.isEmpty()) {
            user = Optional.of(decode(name));
        }
        if (colon >= 0) {
            password = Optional.of(decode(userInfo.substring(colon + 1)));
        }
        String hostAndPort = authority.substring(at + 1);
        if (hostAndPort.contains(",")) {
            throw invalid("the database URL names several hosts; give exactly one");
        }
        // by hand rather than URI.getHost(), which gives up on names with '_' (docker compose's)
        int portColon = hostAndPort.lastIndexOf(':');
        boolean hasPort = portColon > hostAndPort.lastIndexOf(']');
        String host = hasPort ? hostAndPort.substring(0, portColon) : hostAndPort;
        if (host.isEmpty()) {
            throw invalid("the database URL names no host (" + EXPECTED + ")");
        }
        return new PostgresUrl(host, hasPort ? port(hostAndPort.substring(portColon + 1)) : DEFAULT_PORT,
                decode(path.substring(1)), user, password, parameters);
    }

    /** URI checks the brackets and %-escapes; its reason, unlike its message, never holds the URL. */
    private static URI uri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            if (e.getReason().contains("IPv6")) {
                throw invalid("the database URL has an unclosed IPv6 address");
            }
            if (e.getReason().contains("escape") && e.getIndex() >= 0) {
                throw invalid("the database URL's " + partAt(url, e.getIndex()) + " has a malformed %-escape");
            }
            throw invalid("the database URL is malformed: " + e.getReason() + " (" + EXPECTED + ")");
        }
    }

    /** Which part of {@code url} (which starts {@code postgres://}) holds the character at {@code index}. */
    private static String partAt(String url, int index) {
        String before = url.substring(0, index);
        int scheme = "postgres://".length();
        if (before.contains("?")) {
            return "parameters";
        }
        if (before.indexOf('/', scheme) >= 0) {
            return "database name";
        }
        if (url.indexOf('@', index) < 0) {
            return "host";
        }
        return before.indexOf(':', scheme) >= 0 ? "password" : "user name";
    }

    private static int port(String text) {
        if (text.isEmpty()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending text
        }
        throw invalid("the database URL's port '" + text + "' is not a number between 1 and 65535");
    }

    private static Map<String, String> queryParameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (!pair.isEmpty()) {
                parameters.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return parameters;
    }

    /** URI has checked the escapes; URLDecoder would turn '+' into a space, which is wrong outside form bodies. */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static InvalidDataException invalid(String message) {
        return new InvalidDataException(message);
    }

    /** {@code host:port}, as messages name the server. */
    String address() {
        return host + ":" + port;
    }

    /** The JDBC URL without credentials. */
    String jdbcUrl() {
        String query = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return "jdbc:postgresql://" + address() + "/" + encode(database) + (query.isEmpty() ? "" : "?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "PostgresUrl[" + jdbcUrl() + ", user=" + user.orElse("") + "]";
    }
}
