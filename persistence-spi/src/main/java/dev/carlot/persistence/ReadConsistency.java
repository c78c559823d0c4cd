package dev.carlot.persistence;

import dev.carlot.persistence.data.SessionUser;
import java.util.Optional;

/**
 * What one request's reads must see, so that a backend with a read replica serves them from it
 * without stale surprises ({@link Persistence#within}). Nothing here comes from the client: the
 * session is the one its bearer token found, and its last write is what the database recorded.
 *
 * @param session the token hash of the request's session, whose writes the backend remembers so
 *        that the session's later requests read them on any server; empty for an anonymous request
 * @param lastWrite where the session's last write stands in the database's history, as
 *        {@link dev.carlot.persistence.data.Sessions#findSession} reported it; 0 when unknown
 * @param writes whether the request may write (every method but GET and HEAD): all its reads then
 *        go to the primary, so that no decision it writes on rests on a stale read
 */
public record ReadConsistency(Optional<String> session, long lastWrite, boolean writes) {

    /** A request without a session: its reads may lag the primary by the backend's bound. */
    public static ReadConsistency anonymous(boolean writes) {
        return new ReadConsistency(Optional.empty(), 0, writes);
    }

    /** A request of the session with token hash {@code tokenHash}: its reads see at least its own writes. */
    public static ReadConsistency of(String tokenHash, SessionUser found, boolean writes) {
        return new ReadConsistency(Optional.of(tokenHash), found.lastWrite(), writes);
    }
}
