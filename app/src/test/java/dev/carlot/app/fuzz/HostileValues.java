package dev.carlot.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.random.RandomGenerator;

/** The strings and numbers a hostile or careless client sends, and the ids and cursors worth trying. */
final class HostileValues {
    static final List<String> STRINGS = List.of(
            "", " ", "a", "Toyota", "user@carlot.local", "correct horse battery", "available", "archived", "sold",
            "closed", "answered", "admin", "seller", "user", "pending", "confirmed", "completed", "cancelled",
            "'", "\"", "' OR '1'='1", "1; DROP TABLE users; --", "'); DELETE FROM cars; --", "\\", "%", "_",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/shadow", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "\u0000", "a\u0000b", "\u0000".repeat(100), "\r\n", "\t", "\u202e", "\ufeff", "\ud83d\ude97", "ñandú",
            "日本語", "\uffff", "\ud800", "\udfff", "a\ud83d", "\ude97a", "\\u0000", "\\ud800", "%00", "%C0%80",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "%s%s%n", "null", "true",
            "NaN", "Infinity", "-0", "1e309", "0x10", "9223372036854775808", "-1", "0", "1", " 5 ", "１２３",
            "available,".repeat(50), "available,,sold", "AVAILABLE");

    /** Numbers in JSON's own grammar, so that a body carrying them reaches the field checks. */
    static final List<String> NUMBERS = List.of(
            "0", "-0", "-0.0", "1", "-1", "2", "5", "6", "1886", "2027", "99999", "0.5", "0.001", "15000.555",
            "15000.50", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "123456789012345678901234567890", "1e10", "1E+2", "1e308", "1e309", "-1e309",
            "1e-400", "1e999999999", "4.9e-324", "0.1e1", "1.0", "10000000000", "9999999999.99", "9999999999.999",
            "1e-10000000", "1e-999999999", "-1e-999999999", "1E+2147483647", "1E+2147483648", "1e-2147483648",
            "1e-2147483649", "15e-1", "2.019e3", "1.5E4", "0e999999999", "1E-0");

    /** Numbers that are not JSON, for parameters, path ids and cursors (in a body they make it malformed). */
    static final List<String> NUMBER_WORDS = List.of(
            "NaN", "-NaN", "Infinity", "-Infinity", "+5", "+0", "１２３", "٣", "1_000", "1,5", "1.", ".5", "0x1F",
            "1e", "1e+", "--1", " 5", "5 ", "5\u0000", "00000000000000000000000001", "1d", "1f", "1L");

    private HostileValues() {
    }

    static String string(RandomGenerator random) {
        return switch (random.nextInt(20)) {
            case 0 -> "a".repeat(1 + random.nextInt(300));
            case 1 -> "x".repeat(2_000 + random.nextInt(20_000));
            case 2 -> pick(random, STRINGS) + pick(random, STRINGS);
            default -> pick(random, STRINGS);
        };
    }

    /** A number for a JSON body: mostly from the list, sometimes a hundred thousand digits long. */
    static String number(RandomGenerator random) {
        return random.nextInt(40) == 0 ? huge(random) : pick(random, NUMBERS);
    }

    /** Text for a numeric parameter: JSON numbers, words that are not numbers, and very long ones. */
    static String numberText(RandomGenerator random) {
        return switch (random.nextInt(10)) {
            case 0 -> pick(random, NUMBER_WORDS);
            case 1 -> random.nextInt(4) == 0 ? huge(random) : "9".repeat(20 + random.nextInt(400));
            default -> pick(random, NUMBERS);
        };
    }

    private static String huge(RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> "9".repeat(100_000);
            case 1 -> "0." + "0".repeat(100_000) + "1";
            default -> "1" + "0".repeat(1_200) + "e-999999999";
        };
    }

    /**
     * A value for {@code after}: mostly a forged cursor of the shape the server writes (id, time
     * in microseconds, price, year) with hostile parts, sometimes plain junk or a very long one.
     */
    static String cursor(RandomGenerator random) {
        if (random.nextInt(5) == 0) {
            return random.nextBoolean() ? string(random) : "A".repeat(1 + random.nextInt(5_000));
        }
        String text = String.join("~", part(random, "1"), part(random, "1795000000000000"), part(random, "15999.99"),
                part(random, "2019"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String part(RandomGenerator random, String real) {
        return random.nextInt(3) == 0 ? real : numberText(random);
    }

    /** An id for a path segment: real small ones mostly, and every kind of bad one. */
    static String id(RandomGenerator random) {
        return switch (random.nextInt(8)) {
            case 0, 1, 2, 3 -> Long.toString(1 + random.nextInt(12));
            case 4 -> numberText(random);
            default -> pick(random, STRINGS);
        };
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
