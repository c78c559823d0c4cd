package dev.carlot.persistence.postgres.replica;

import dev.carlot.persistence.DatabaseHealth.ReplicaState;
import java.time.Duration;

/**
 * The replica as the last probe saw it.
 *
 * @param state whether reads go to it
 * @param replayed the WAL position it had replayed (bytes from 0/0), -1 when unknown
 * @param lag how long the oldest WAL it had not replayed had been on the primary
 * @param lagBytes how many bytes of WAL it was behind the primary's last known position
 */
public record ReplicaStatus(ReplicaState state, long replayed, Duration lag, long lagBytes) {

    static final ReplicaStatus STARTING = new ReplicaStatus(ReplicaState.STARTING, -1, Duration.ZERO, 0);

    /** Whether a read that must see the write at WAL position {@code lastWrite} may go to the replica. */
    public boolean serves(long lastWrite) {
        return state == ReplicaState.SERVING && replayed >= lastWrite;
    }

    /** The same replica, skipped until the next probe says otherwise. */
    ReplicaStatus down() {
        return new ReplicaStatus(ReplicaState.DOWN, -1, lag, lagBytes);
    }
}
