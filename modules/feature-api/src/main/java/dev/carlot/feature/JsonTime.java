package dev.carlot.feature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps as api.md shows them: ISO-8601 in UTC, to the millisecond, exactly as
 * {@code instant.truncatedTo(MILLIS).toString()} writes them. Written digit by digit because
 * every car carries two and the general formatter was a visible share of a car's answer.
 */
public final class JsonTime {
    private static final int LAST_FOUR_DIGIT_YEAR = 9999;

    private JsonTime() {
    }

    /**
     * {@code instant} as {@code instant.truncatedTo(MILLIS).toString()} writes it, e.g. {@code
     * 2026-11-21T09:26:53.589Z}.
     */
    public static String millis(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > LAST_FOUR_DIGIT_YEAR) {
            // signed and five-digit years: rare enough for the general formatter
            return instant.truncatedTo(ChronoUnit.MILLIS).toString();
        }
        int millis = instant.getNano() / 1_000_000;
        // the fraction is left out when it is zero, as Instant.toString does
        byte[] text = new byte[millis == 0 ? 20 : 24];
        digits(text, 0, utc.getYear(), 4);
        text[4] = '-';
        digits(text, 5, utc.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, utc.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, utc.getHour(), 2);
        text[13] = ':';
        digits(text, 14, utc.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, utc.getSecond(), 2);
        if (millis != 0) {
            text[19] = '.';
            digits(text, 20, millis, 3);
        }
        text[text.length - 1] = 'Z';
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static void digits(byte[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
