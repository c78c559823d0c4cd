package dev.carlot.persistence.postgres;

import dev.carlot.persistence.ReadConsistency;
import dev.carlot.persistence.postgres.replica.ReadScope;
import java.util.function.Function;

/**
 * Where a plain read runs: on the replica when the request reads only and the replica, as its
 * probe last saw it, lags less than the bound and has replayed the session's last write; else
 * on the primary. A read that fails on the replica, for whatever reason, runs again on the
 * primary (a read may run twice), so a replica that stops answering costs a caller time, never
 * an error; a failure of the connection also skips the replica until the probe finds it well.
 */
final class ReplicaReads implements Connections {

    private final PostgresAdmission primary;
    private final PostgresReplica replica;

    ReplicaReads(PostgresAdmission primary, PostgresReplica replica) {
        this.primary = primary;
        this.replica = replica;
    }

    @Override
    public <T> T run(Work<T> work) {
        return route(admission -> admission.run(work));
    }

    @Override
    public <T> T scan(Work<T> work) {
        return route(admission -> admission.scan(work));
    }

    @Override
    public boolean mayRetry() {
        return true;
    }

    private <T> T route(Function<PostgresAdmission, T> read) {
        if (!onReplica()) {
            return read.apply(primary);
        }
        try {
            return read.apply(replica.admission());
        } catch (StatementFailure | AcquisitionFailure e) {
            if (e instanceof AcquisitionFailure || PostgresErrors.sqlCause(e).filter(PostgresErrors::isConnectionFailure)
                    .isPresent()) {
                replica.probe().suspect(e);
            }
            return read.apply(primary);
        }
    }

    private boolean onReplica() {
        ReadConsistency consistency = ReadScope.current().orElse(null);
        return consistency != null && !consistency.writes()
                && replica.probe().status().serves(consistency.lastWrite());
    }
}
