package dev.carlot.accounts;

import dev.carlot.feature.Tokens;
import dev.carlot.persistence.Repositories;
import dev.carlot.persistence.data.Sessions;
import dev.carlot.persistence.data.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opens sessions (a new random token whose hash is stored with an expiry) and now and then
 * removes expired ones. The authentication filter already ignores expired sessions; the purge
 * only keeps the table from growing, so it runs at most once per {@link #PURGE_INTERVAL},
 * triggered by a login, instead of adding a delete to every login.
 */
final class SessionIssuer {
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final Clock clock;
    private final Duration ttl;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    SessionIssuer(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Opens a session for {@code user} through {@code repositories} (possibly inside a transaction). */
    Login open(Repositories repositories, User user) {
        String token = Tokens.generate();
        Instant expiresAt = clock.instant().plus(ttl);
        repositories.sessions().create(user.id(), Tokens.hash(token), expiresAt);
        return new Login(user, token, expiresAt);
    }

    /** Deletes expired sessions if the last purge is long enough ago; only one caller wins a round. */
    void purgeIfDue(Sessions sessions) {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        if (!now.isBefore(due) && nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL))) {
            sessions.deleteExpired(now);
        }
    }
}
