package dev.carlot.backupfiles;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Scheduled backups ({@code carlot.backups.schedule}, {@code carlot.backups.keep}): one backup in
 * every slot of {@code every}, slots counted from 1970-01-01T00:00Z, so {@code PT24H} is daily at
 * 00:00 UTC, {@code PT6H} at 00:00, 06:00, 12:00 and 18:00 UTC, and every server computes the same
 * slots without asking another. Whenever the current slot has no scheduled backup yet (the first
 * one, or after a downtime across a slot's start) one is due at once. Scheduled backups carry their
 * start in their name ({@code carlot-scheduled-20261205T000012.345Z.zip}), so the directory alone
 * says when the last one ran; of them the newest {@code keep} are kept, and backups made by hand
 * are never deleted.
 *
 * @param every how often, at least a second
 * @param keep  how many scheduled backups to keep, at least one
 */
public record BackupSchedule(Duration every, int keep) {
    /** The key of {@link #every()}. */
    public static final String EVERY_KEY = "carlot.backups.schedule";
    /** The key of {@link #keep()}. */
    public static final String KEEP_KEY = "carlot.backups.keep";
    /** How many scheduled backups are kept when {@link #KEEP_KEY} is unset: a week of daily ones. */
    public static final int DEFAULT_KEEP = 7;
    /** How often the scheduled backup job looks whether a backup is due, at most. */
    public static final Duration LONGEST_TICK = Duration.ofMinutes(1);

    private static final String PREFIX = "carlot-scheduled-";
    private static final String SUFFIX = ".zip";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Refuses a schedule that cannot work, naming the key. */
    public BackupSchedule {
        if (every.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(EVERY_KEY + " must be at least PT1S, not " + every);
        }
        if (keep < 1) {
            throw new IllegalArgumentException(KEEP_KEY + " must be at least 1, not " + keep);
        }
    }

    /**
     * The schedule the settings describe: none when {@code every} is unset.
     *
     * @param every the text of {@link #EVERY_KEY}, an ISO-8601 duration such as {@code PT24H}
     * @param keep  the text of {@link #KEEP_KEY}, a whole number
     * @throws IllegalArgumentException naming the key of a value that is not one
     */
    public static Optional<BackupSchedule> parse(Optional<String> every, Optional<String> keep) {
        if (every.isEmpty()) {
            return Optional.empty();
        }
        Duration duration;
        try {
            duration = Duration.parse(every.get());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(EVERY_KEY + " must be an ISO-8601 duration such as PT24H (daily at"
                    + " 00:00 UTC) or PT6H, not '" + every.get() + "'");
        }
        int count;
        try {
            count = keep.map(Integer::parseInt).orElse(DEFAULT_KEEP);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(KEEP_KEY + " must be a whole number, not '" + keep.get() + "'");
        }
        return Optional.of(new BackupSchedule(duration, count));
    }

    /** How often the job looks whether a backup is due: every slot, or every minute for longer slots. */
    public Duration tick() {
        return every.compareTo(LONGEST_TICK) < 0 ? every : LONGEST_TICK;
    }

    /**
     * When the next scheduled backup is due: {@code now} when the current slot has none yet,
     * else the start of the next slot.
     *
     * @param backups the backups in the directory, of any kind
     */
    public Instant next(List<Path> backups, Instant now) {
        Instant slot = slotStart(now);
        return last(backups).filter(last -> !last.isBefore(slot)).isPresent() ? slot.plus(every) : now;
    }

    /** Whether a scheduled backup is due at {@code now}. */
    public boolean due(List<Path> backups, Instant now) {
        return !next(backups, now).isAfter(now);
    }

    /** The scheduled backups beyond the newest {@link #keep()}, which retention deletes. */
    public List<Path> expired(List<Path> backups) {
        return backups.stream().filter(b -> startOf(b).isPresent())
                .sorted((a, b) -> startOf(b).orElseThrow().compareTo(startOf(a).orElseThrow()))
                .skip(keep).toList();
    }

    /** When the newest scheduled backup among {@code backups} started; empty when there is none. */
    public static Optional<Instant> last(List<Path> backups) {
        return backups.stream().map(BackupSchedule::startOf).flatMap(Optional::stream).max(Instant::compareTo);
    }

    /** The file name of a scheduled backup started at {@code start}. */
    public static String fileName(Instant start) {
        return PREFIX + NAME_TIME.format(start) + SUFFIX;
    }

    /** When the scheduled backup {@code file} started; empty when it is not a scheduled backup. */
    public static Optional<Instant> startOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(NAME_TIME.parse(name.substring(PREFIX.length(),
                    name.length() - SUFFIX.length()))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Instant slotStart(Instant at) {
        long everyMillis = every.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), everyMillis) * everyMillis);
    }
}
