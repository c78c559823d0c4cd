package dev.carlot.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One generated request: method, request target (path and query, as sent), headers and body.
 * {@link #toString()} prints it short enough for a failure message and exact enough to replay.
 */
record Probe(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {
    private static final int SHOWN = 300;

    @Override
    public String toString() {
        String text = new String(body, StandardCharsets.UTF_8);
        String shown = text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "... (" + body.length + " bytes)";
        String target = this.target.length() <= SHOWN ? this.target : this.target.substring(0, SHOWN) + "...";
        return method + " " + target + " " + headers.stream().map(h -> h.getKey() + ": " + abbreviate(h.getValue()))
                .toList() + " " + shown;
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "... (" + value.length() + " chars)";
    }
}
