package dev.carlot.persistence.postgres;

import dev.carlot.persistence.ReadConsistency;
import dev.carlot.persistence.postgres.replica.ReadScope;
import java.util.logging.Logger;

/**
 * Remembers, on the session's row, where the primary's WAL stood after the session's write, so
 * that the session's next request, on whichever server it lands, reads from the replica only
 * once the replica has replayed that far. Runs after the write has committed: a position taken
 * inside the write's transaction would come before its commit record.
 */
final class SessionWrites {

    private static final Logger LOG = Logger.getLogger(SessionWrites.class.getName());
    /**
     * The insert position, not the write position: it is past every record inserted so far, the
     * write's commit included, whatever synchronous_commit says. The update commits asynchronously
     * (set_config(.., true) holds until the commit, which reads it): it waits for no disk flush
     * and no synchronous standby, and a crash that loses it loses only this hint.
     */
    private static final String RECORD = """
            with async as (select set_config('synchronous_commit', 'off', true))
            update sessions set last_write_lsn = pg_current_wal_insert_lsn() from async where token_hash = ?""";

    private final Sql primary;

    /** {@code primary} must run its statements without this recorder after them. */
    SessionWrites(Sql primary) {
        this.primary = primary;
    }

    /** After a write of the current request: records its position when the request has a session. */
    void wrote() {
        ReadScope.current().flatMap(ReadConsistency::session).ifPresent(this::record);
    }

    private void record(String tokenHash) {
        try {
            primary.execute(RECORD, tokenHash);
        } catch (RuntimeException e) {
            // the write itself committed and its caller must hear so; the session may read a stale replica once
            LOG.warning("could not record a session's last write for read-your-writes: " + e.getMessage());
        }
    }
}
