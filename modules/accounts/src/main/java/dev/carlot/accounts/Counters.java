package dev.carlot.accounts;

import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.AttemptCount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The throttles' attempt counters, kept in the database so that every Carlot server adds to the
 * same counts. Keys are digests, so the table holds no email or address. Counters whose window
 * has ended are purged now and then, at most once per {@link #PURGE_INTERVAL} per server,
 * triggered by an attempt, which keeps the table to the attempts of the last window or so.
 */
final class Counters {
    static final Duration PURGE_INTERVAL = Duration.ofMinutes(5);

    private final Repositories repositories;
    private final Clock clock;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    Counters(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    /** {@code kind:} and the digest of {@code parts}, each part on its own line. */
    static String key(String kind, String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return kind + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    Instant now() {
        return clock.instant();
    }

    /** Counts one attempt against each key, before any work the attempt asks for. */
    List<AttemptCount> add(List<String> keys, Duration window) {
        Instant now = clock.instant();
        purgeIfDue(now);
        return repositories.attempts().add(keys, now, window);
    }

    /** Takes back one attempt from each key: it proved harmless. */
    void forgive(List<String> keys) {
        repositories.attempts().forgive(keys, clock.instant());
    }

    void clear(String key) {
        repositories.attempts().clear(key);
    }

    /** Names a counter that refused, for the operator; the name is never part of the key. */
    void name(String key, String subject) {
        repositories.attempts().name(key, subject.length() > 400 ? subject.substring(0, 400) : subject);
    }

    /** How long until {@code end}, at least a second: the unit of {@code Retry-After}. */
    Duration until(Instant end) {
        Duration wait = Duration.between(clock.instant(), end);
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    private void purgeIfDue(Instant now) {
        Instant due = nextPurge.get();
        if (!now.isBefore(due) && nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL))) {
            repositories.attempts().purge(now);
        }
    }
}
