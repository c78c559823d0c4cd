package dev.carlot.app.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Request bodies: objects with the API's own field names and hostile values (most of them),
 * and JSON that is huge, deeply nested, malformed or not UTF-8.
 */
final class JsonBodies {
    private static final List<String> FIELDS = List.of(
            "email", "name", "password", "role", "brand", "model", "year", "price", "mileage", "color",
            "description", "images", "status", "sellerId", "carId", "message", "reply", "rating", "comment",
            "title", "content", "id", "__proto__", "", "EMAIL", "e\u0000mail");
    // Each a complete body, written by hand because a JSON library would refuse to produce it.
    private static final List<String> BROKEN = List.of(
            "", " ", "{", "}", "[", "{\"email\":", "{\"email\":\"a\",}", "{'email':'a'}", "{email:\"a\"}",
            "{\"a\":1}{\"b\":2}", "{\"a\":1} trailing", "/* comment */ {}", "\ufeff{}", "null", "true", "42",
            "\"text\"", "[]", "[{}]", "{\"price\":NaN}", "{\"price\":Infinity}", "{\"year\":01}", "{\"year\":1.}",
            "{\"year\":-}", "{\"year\":+1}", "{\"s\":\"\\x41\"}", "{\"s\":\"\\u12\"}", "{\"s\":\"\\ud800\"}",
            "{\"s\":\"\\udfff\\ud800\"}", "{\"s\":\"tab\there\"}", "{\"s\":\"\u0001\"}", "{\"email\":\"a\",\"email\":\"b\"}",
            "{\"title\":\"t\",\"title\":null}", "{\"images\":[null]}", "{\"images\":[1,2]}", "{\"images\":\"one\"}",
            "{\"price\":1,\"price\":1e-999999999}", "{\"price\":-}", "{\"price\":1e}", "{\"price\":.5}",
            "{\"price\":\"15000\"}", "{\"year\":\"2019\"}", "{\"carId\":\"1\"}", "{\"rating\":\"5\"}",
            "{\"s\":\"\\u0000\"}", "{\"description\":\"\\ud800\\u0000\"}", "{\"\\u0000\":1}");
    // Byte sequences that are not UTF-8: a stray continuation, an overlong slash, an encoded surrogate, 0xFF.
    private static final byte[][] NOT_UTF8 = {
            {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
            {(byte) 0xC3, (byte) 0x28}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};

    private JsonBodies() {
    }

    static byte[] body(RandomGenerator random) {
        int kind = random.nextInt(100);
        if (kind < 70) {
            return utf8(object(random, 0));
        }
        if (kind < 80) {
            return utf8(HostileValues.pick(random, BROKEN));
        }
        if (kind < 86) {
            return notUtf8(random);
        }
        if (kind < 96) {
            return utf8(deep(random));
        }
        return utf8(huge(random));
    }

    private static String object(RandomGenerator random, int depth) {
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(depth == 0 ? 7 : 3);
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(quoted(HostileValues.pick(random, FIELDS))).append(':').append(value(random, depth + 1));
        }
        return json.append('}').toString();
    }

    private static String value(RandomGenerator random, int depth) {
        return switch (random.nextInt(depth > 3 ? 6 : 9)) {
            case 0, 1, 2 -> quoted(HostileValues.string(random));
            case 3, 4 -> HostileValues.number(random);
            case 5 -> random.nextBoolean() ? "null" : Boolean.toString(random.nextBoolean());
            case 6, 7 -> "[" + String.join(",", random.ints(random.nextInt(4)).mapToObj(i -> value(random, depth + 1))
                    .toList()) + "]";
            default -> object(random, depth);
        };
    }

    /** Nesting from a little past anything sensible to far past any parser's stack. */
    private static String deep(RandomGenerator random) {
        int depth = HostileValues.pick(random, List.of(100, 1_000, 1_001, 5_000, 50_000, 200_000));
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String inner = open.repeat(depth) + "1" + close.repeat(depth);
        return random.nextBoolean() ? "{\"description\":" + inner + "}" : inner;
    }

    /** Bodies near and over the 1 MiB limit: one long string, or a long array. */
    private static String huge(RandomGenerator random) {
        int size = HostileValues.pick(random, List.of(500_000, 1_048_000, 1_048_577, 1_200_000));
        return random.nextBoolean()
                ? "{\"description\":\"" + "d".repeat(size) + "\"}"
                : "{\"images\":[" + "1,".repeat(size / 2) + "1]}";
    }

    private static byte[] notUtf8(RandomGenerator random) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("{\"email\":\"a"));
        bytes.writeBytes(NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
        bytes.writeBytes(utf8("@example.com\",\"password\":\"whatever12\",\"name\":\"x\"}"));
        return bytes.toByteArray();
    }

    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    // surrogates as escapes: a lone one has no UTF-8 form, and only so reaches the server
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
