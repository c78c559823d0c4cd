package dev.carlot.feature;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Numbers read from a client's text, checked by length and grammar before any arithmetic, so
 * that a hostile one ({@code 1e-999999999}, a hundred thousand digits) costs microseconds to
 * refuse. Only ASCII digits count: no {@code +}, no full-width or other Unicode digits, no
 * {@code NaN} or {@code Infinity}.
 */
public final class Numbers {
    /** Longer than any number Carlot takes, written any sensible way ("-9223372036854775808", "1.5e3"). */
    public static final int MAX_LENGTH = 40;
    /** Beyond every bound Carlot checks, and small enough that no sum with it overflows a long. */
    private static final long EXPONENT_CEILING = 1_000_000;

    private Numbers() {
    }

    /** {@code -?[0-9]{1,19}} as a long; empty for anything else, including values beyond 64 bits. */
    public static Optional<Long> integer(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() - start > 19 || !digits(text, start, text.length())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException beyond64Bits) {
            return Optional.empty();
        }
    }

    /** A whole number written like a JSON number ({@code 12}, {@code 12.0}, {@code 1.2e1}) within min..max. */
    public static Optional<Long> whole(String text, long min, long max) {
        return decimal(text, 19, 0)
                .filter(v -> v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0)
                .map(BigDecimal::longValue);
    }

    /**
     * A number in JSON's grammar ({@code -?digits(.digits)?([eE][+-]?digits)?}) with at most
     * {@code maxIntegerDigits} digits before the point and {@code maxScale} after it, trailing
     * zeros not counted; empty otherwise. {@code -0} is 0.
     */
    public static Optional<BigDecimal> decimal(String text, int maxIntegerDigits, int maxScale) {
        int n = text.length();
        if (n == 0 || n > MAX_LENGTH) {
            return Optional.empty();
        }
        boolean negative = text.charAt(0) == '-';
        int intStart = negative ? 1 : 0;
        int intEnd = skipDigits(text, intStart);
        int fracStart = intEnd;
        int fracEnd = intEnd;
        if (intEnd == intStart) {
            return Optional.empty();
        }
        if (fracEnd < n && text.charAt(fracEnd) == '.') {
            fracStart = fracEnd + 1;
            fracEnd = skipDigits(text, fracStart);
            if (fracEnd == fracStart) {
                return Optional.empty();
            }
        }
        int i = fracEnd;
        long exponent = 0;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = i < n && text.charAt(i) == '-';
            if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int expEnd = skipDigits(text, i);
            if (expEnd == i) {
                return Optional.empty();
            }
            for (; i < expEnd; i++) {
                // saturates: any exponent this large is out of every range anyway
                exponent = Math.min(exponent * 10 + (text.charAt(i) - '0'), EXPONENT_CEILING);
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != n) {
            return Optional.empty();
        }
        String digits = text.substring(intStart, intEnd) + text.substring(fracStart, fracEnd);
        int lead = 0;
        while (lead < digits.length() && digits.charAt(lead) == '0') {
            lead++;
        }
        if (lead == digits.length()) {
            return Optional.of(BigDecimal.ZERO);
        }
        int trail = digits.length();
        while (digits.charAt(trail - 1) == '0') {
            trail--;
        }
        String significant = digits.substring(lead, trail);
        // the value is significant × 10^power
        long power = exponent - (fracEnd - fracStart) + (digits.length() - trail);
        long integerDigits = significant.length() + power;
        long scale = Math.max(0, -power);
        if (integerDigits > maxIntegerDigits || scale > maxScale) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(new BigInteger(negative ? "-" + significant : significant), (int) -power);
        return Optional.of(power > 0 ? value.setScale(0) : value);
    }

    private static int skipDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean digits(String text, int from, int to) {
        return skipDigits(text, from) == to;
    }
}
