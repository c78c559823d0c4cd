package dev.carlot.persistence.postgres.replica;

import java.util.ArrayDeque;

/**
 * How long ago the primary had written what the replica has not replayed yet: the first time
 * each WAL position was seen on the primary, oldest first. A replica that has replayed up to R
 * lags by the age of the oldest position past R; zero when it has replayed all that was seen.
 * Unlike {@code now() - pg_last_xact_replay_timestamp()} this does not grow while the primary
 * is idle. Used by the probe's thread only.
 */
final class LagWindow {

    /** At five probes a second, a quarter of an hour; past it the lag is counted from the oldest kept. */
    private static final int MAX_SAMPLES = 4_096;

    private final ArrayDeque<long[]> seen = new ArrayDeque<>();
    private long newest = -1;

    /** The primary was at {@code lsn} at {@code nanos} (System.nanoTime). */
    void primaryAt(long lsn, long nanos) {
        if (lsn > newest) {
            newest = lsn;
            if (seen.size() < MAX_SAMPLES) {
                seen.addLast(new long[] {lsn, nanos});
            }
        }
    }

    /** How long the oldest position past {@code replayed} has waited at {@code nanos}; forgets what was replayed. */
    long lagNanos(long replayed, long nanos) {
        while (!seen.isEmpty() && seen.peekFirst()[0] <= replayed) {
            seen.pollFirst();
        }
        return seen.isEmpty() ? 0 : Math.max(0, nanos - seen.peekFirst()[1]);
    }

    /** The newest position seen on the primary, -1 before the first. */
    long newest() {
        return newest;
    }
}
