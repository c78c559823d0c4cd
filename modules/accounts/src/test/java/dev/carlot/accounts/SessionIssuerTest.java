package dev.carlot.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.persistence.data.Session;
import dev.carlot.persistence.data.Sessions;
import dev.carlot.persistence.data.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The purge schedule only; sessions themselves are covered over HTTP on real PostgreSQL. */
class SessionIssuerTest {
    private Instant now = Instant.parse("2026-11-21T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final PurgeLog purges = new PurgeLog();
    private final SessionIssuer issuer = new SessionIssuer(clock, Duration.ofDays(7));

    @Test
    void theFirstLoginPurgesThenNotAgainWithinTheInterval() {
        issuer.purgeIfDue(purges);
        now = now.plus(SessionIssuer.PURGE_INTERVAL).minusSeconds(1);
        issuer.purgeIfDue(purges);
        assertEquals(List.of(Instant.parse("2026-11-21T10:00:00Z")), purges.cutoffs);
    }

    @Test
    void purgesAgainOnceTheIntervalHasPassed() {
        issuer.purgeIfDue(purges);
        now = now.plus(SessionIssuer.PURGE_INTERVAL);
        issuer.purgeIfDue(purges);
        assertEquals(2, purges.cutoffs.size());
        assertEquals(now, purges.cutoffs.getLast());
    }

    /** Records the cutoff of each purge; nothing else is called by the schedule. */
    private static final class PurgeLog implements Sessions {
        final List<Instant> cutoffs = new ArrayList<>();

        @Override
        public int deleteExpired(Instant cutoff) {
            cutoffs.add(cutoff);
            return 0;
        }

        @Override
        public Session create(long userId, String tokenHash, Instant expiresAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<User> findUser(String tokenHash, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(String tokenHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int deleteOthers(long userId, String keepTokenHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int deleteAll(long userId) {
            throw new UnsupportedOperationException();
        }
    }
}
