package dev.carlot.app.fuzz;

import java.util.List;
import java.util.random.RandomGenerator;

/** The strings and numbers a hostile or careless client sends, and the ids worth trying. */
final class HostileValues {
    static final List<String> STRINGS = List.of(
            "", " ", "a", "Toyota", "user@carlot.local", "correct horse battery", "available", "archived", "sold",
            "closed", "answered", "admin", "seller", "user", "pending", "confirmed", "completed", "cancelled",
            "'", "\"", "' OR '1'='1", "1; DROP TABLE users; --", "'); DELETE FROM cars; --", "\\", "%", "_",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/shadow", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "\u0000", "a\u0000b", "\r\n", "\t", "\u202e", "\ufeff", "\ud83d\ude97", "ñandú", "日本語", "\uffff",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "%s%s%n", "null", "true",
            "NaN", "Infinity", "-0", "1e309", "0x10", "9223372036854775808", "-1", "0", "1", " 5 ", "１２３");

    static final List<String> NUMBERS = List.of(
            "0", "-0", "1", "-1", "2", "5", "6", "1886", "2027", "99999", "0.5", "0.001", "15000.555", "15000.50",
            "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "123456789012345678901234567890", "1e10", "1E+2", "1e308", "1e309", "-1e309",
            "1e-400", "1e999999999", "4.9e-324", "0.1e1", "1.0", "10000000000", "9999999999.99");

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

    /** An id for a path segment: real small ones mostly, and every kind of bad one. */
    static String id(RandomGenerator random) {
        return switch (random.nextInt(8)) {
            case 0, 1, 2, 3 -> Long.toString(1 + random.nextInt(12));
            case 4 -> pick(random, NUMBERS);
            default -> pick(random, STRINGS);
        };
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
