package dev.carlot.examples.testdrives;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The hour a test drive starts: a whole hour, in the future, and at most {@code daysAhead} days
 * away. Parsed from the request at the edge, so nothing deeper sees a raw string.
 */
record Slot(Instant start) {

    /** Why a text is not a slot, in a sentence for the client. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    static Slot parse(String text, Clock clock, int daysAhead) {
        Instant start;
        try {
            start = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused("must be a UTC time such as 2027-03-01T10:00:00Z");
        }
        if (!start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
            throw new Refused("must start on the hour, such as 10:00:00");
        }
        Instant now = clock.instant();
        if (!start.isAfter(now)) {
            throw new Refused("must be in the future");
        }
        if (start.isAfter(now.plus(Duration.ofDays(daysAhead)))) {
            throw new Refused("must be at most " + daysAhead + " days ahead");
        }
        return new Slot(start);
    }

    @Override
    public String toString() {
        return start.toString();
    }
}
