package dev.carlot.persistence.data;

import java.time.Instant;
import java.util.Optional;

/** Logins, keyed by the hash of their bearer token. */
public interface Sessions {

    /** Stores a new session of {@code userId}, known by the hash of its token, valid until {@code expiresAt}. */
    Session create(long userId, String tokenHash, Instant expiresAt);

    /**
     * The user a token hash belongs to, if the session exists and has not expired at {@code now}
     * and the account is not disabled.
     */
    Optional<User> findUser(String tokenHash, Instant now);

    /**
     * {@link #findUser} with where the session's last write stands, in the same look-up, for
     * {@link dev.carlot.persistence.ReadConsistency}; a backend that does not track writes reports 0.
     */
    default Optional<SessionUser> findSession(String tokenHash, Instant now) {
        return findUser(tokenHash, now).map(user -> new SessionUser(user, 0));
    }

    /** Ends one session; true when it existed. */
    boolean delete(String tokenHash);

    /** Ends every session of a user except the one with {@code keepTokenHash}; returns how many. */
    int deleteOthers(long userId, String keepTokenHash);

    /** Ends every session of a user; returns how many. */
    int deleteAll(long userId);

    /** Removes sessions expired before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
