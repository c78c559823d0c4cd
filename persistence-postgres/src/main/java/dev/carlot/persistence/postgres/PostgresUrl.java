package dev.carlot.persistence.postgres;

import dev.carlot.persistence.InvalidDataException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
        String rest;
        boolean jdbc;
        if (url.startsWith("jdbc:postgresql://")) {
            rest = url.substring("jdbc:postgresql://".length());
            jdbc = true;
        } else if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            rest = url.substring(url.indexOf("://") + 3);
            jdbc = false;
        } else {
            throw invalid("the database URL must start with postgres://, postgresql:// or jdbc:postgresql://");
        }
        int query = rest.indexOf('?');
        Map<String, String> parameters = query < 0 ? new LinkedHashMap<>() : queryParameters(rest.substring(query + 1));
        String beforeQuery = query < 0 ? rest : rest.substring(0, query);
        int slash = beforeQuery.indexOf('/');
        if (slash < 0 || slash == beforeQuery.length() - 1) {
            throw invalid("the database URL names no database (" + EXPECTED + ")");
        }
        String authority = beforeQuery.substring(0, slash);
        String database = decode(beforeQuery.substring(slash + 1), "database name");

        Optional<String> user = Optional.ofNullable(parameters.remove("user"));
        Optional<String> password = Optional.ofNullable(parameters.remove("password"));
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            if (jdbc) {
                throw invalid("a jdbc:postgresql:// URL takes the user as ?user=... , not before the host");
            }
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            String name = colon < 0 ? userInfo : userInfo.substring(0, colon);
            if (!name.isEmpty()) {
                user = Optional.of(decode(name, "user name"));
            }
            if (colon >= 0) {
                password = Optional.of(decode(userInfo.substring(colon + 1), "password"));
            }
        }
        return hostAndPort(authority, database, user, password, parameters);
    }

    private static PostgresUrl hostAndPort(String authority, String database, Optional<String> user,
                                           Optional<String> password, Map<String, String> parameters) {
        if (authority.isEmpty()) {
            throw invalid("the database URL names no host (" + EXPECTED + ")");
        }
        if (authority.contains(",")) {
            throw invalid("the database URL names several hosts; give exactly one");
        }
        String host = authority;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw invalid("the database URL has an unclosed IPv6 address '" + authority + "'");
            }
            host = authority.substring(0, close + 1);
            if (close + 1 < authority.length()) {
                if (authority.charAt(close + 1) != ':') {
                    throw invalid("the database URL has text after the IPv6 address '" + host + "'");
                }
                portText = authority.substring(close + 2);
            }
        } else if (authority.contains(":")) {
            host = authority.substring(0, authority.indexOf(':'));
            portText = authority.substring(authority.indexOf(':') + 1);
        }
        if (host.isEmpty()) {
            throw invalid("the database URL names no host (" + EXPECTED + ")");
        }
        return new PostgresUrl(host, port(portText), database, user, password, parameters);
    }

    private static int port(String text) {
        if (text == null || text.isEmpty()) {
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
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq), "parameter name");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "value of parameter '" + key + "'");
            parameters.put(key, value);
        }
        return parameters;
    }

    private static String decode(String text, String what) {
        try {
            // URLDecoder would turn '+' into a space, which is wrong outside form bodies.
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("the database URL's " + what + " has a malformed %-escape");
        }
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
