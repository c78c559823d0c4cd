package dev.carlot.app.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Requests no HTTP client library would send: bytes that are not UTF-8 in the request line,
 * headers and body, broken request lines and headers, huge URIs and headers, lying or
 * contradictory framing. Each is complete; the sender closes its side after writing.
 */
final class RawProbes {
    private static final byte[] BAD = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0,
            (byte) 0x80, (byte) 0x80};
    private static final List<String> TARGETS = List.of("/api/cars/", "/api/cars?brand=", "/api/users/", "/api/posts/",
            "/api/auth/login?x=", "/observe/health?", "/api/cars/1/reviews?sort=");

    private final RandomGenerator random;

    RawProbes(RandomGenerator random) {
        this.random = random;
    }

    byte[] next() {
        return switch (random.nextInt(16)) {
            case 0 -> request("GET", HostileValues.pick(random, TARGETS) + bad(), "");
            case 1 -> request("GET", "/api/users/me", "Authorization: Bearer " + bad() + "\r\n");
            case 2 -> request("GET", "/api/cars", "X-Name: " + bad() + "\r\n");
            case 3 -> login(bytes("{\"email\":\"a", BAD, "@b.co\",\"password\":\"x" + bad() + "\"}"));
            case 4 -> ascii(HostileValues.pick(random, List.of("GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET / HTTP/9.9\r\n\r\n",
                    "GET / HTTP/1.1\r\n\r\n", "GET /api/cars HTTP/1.0\r\n\r\n", " GET / HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET  /  HTTP/1.1\r\nHost: x\r\n\r\n", "GET /api/cars HTTP/1.1\nHost: x\n\n", "\r\n\r\n",
                    "GET http://evil.test/api/cars HTTP/1.1\r\nHost: x\r\n\r\n", "GET * HTTP/1.1\r\nHost: x\r\n\r\n",
                    "CONNECT 127.0.0.1:5432 HTTP/1.1\r\nHost: x\r\n\r\n", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")));
            case 5 -> request("GET", "/api/cars", HostileValues.pick(random, List.of("NoColon\r\n", ": empty\r\n",
                    "Bad Name: x\r\n", "X-Folded: a\r\n continued\r\n", "Host: a\r\nHost: b\r\n", "X: \u0000\r\n",
                    "Content-Type : application/json\r\n")));
            case 6 -> request("GET", "/api/cars?brand=" + "b".repeat(HostileValues.pick(random, List.of(3000, 9000, 70_000))), "");
            case 7 -> request("GET", "/api/cars", "X-Big: " + "h".repeat(HostileValues.pick(random, List.of(9000, 20_000, 70_000))) + "\r\n");
            case 8 -> request("GET", "/api/cars", "X-Many: 1\r\n".repeat(HostileValues.pick(random, List.of(200, 2000))));
            case 9 -> framed("Content-Length: " + HostileValues.pick(random, List.of("-1", "abc", "99999999999999999999",
                    "5, 7", "0x10", "")) + "\r\n", "{}");
            case 10 -> framed("Content-Length: 2\r\nContent-Length: 9\r\n", "{}");
            case 11 -> framed("Transfer-Encoding: chunked\r\n", HostileValues.pick(random, List.of("zz\r\n{}\r\n0\r\n\r\n",
                    "2\r\n{}\r\n", "ffffffffffffffff\r\n{}\r\n0\r\n\r\n", "2\r\n{}0\r\n\r\n", "-2\r\n{}\r\n0\r\n\r\n")));
            case 12 -> framed("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n", "2\r\n{}\r\n0\r\n\r\n");
            case 13 -> framed("Transfer-Encoding: gzip, chunked\r\n", "2\r\n{}\r\n0\r\n\r\n");
            case 14 -> framed("Content-Length: 100\r\n", "{\"email\":");
            default -> request("POST", "/api/posts", "Content-Type: application/json; charset=" + bad() + "\r\n"
                    + "Content-Length: 2\r\n", "{}");
        };
    }

    private String bad() {
        return new String(new byte[] {BAD[random.nextInt(BAD.length)]}, StandardCharsets.ISO_8859_1);
    }

    private static byte[] login(byte[] body) {
        return bytes("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n", body, "");
    }

    private static byte[] framed(String framing, String body) {
        return ascii("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + framing + "\r\n"
                + body);
    }

    /** Latin-1, so that each char of a {@link #bad()} string is sent as the very byte it holds. */
    private static byte[] request(String method, String target, String headers, String... body) {
        return ascii(method + " " + target + " HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n" + String.join("", body));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String head, byte[] middle, String tail) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
