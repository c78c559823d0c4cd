package dev.carlot.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction: its first statement takes a connection through {@link PostgresAdmission},
 * as a single statement would, and keeps it until {@link #commit} or {@link #rollback} hands it
 * back. Used by one thread, the one running the transaction's work.
 */
final class PostgresTransaction implements Connections {

    private final PostgresAdmission admission;
    private Connection connection;

    PostgresTransaction(PostgresAdmission admission) {
        this.admission = admission;
    }

    @Override
    public <T> T run(Work<T> work) {
        try {
            return work.on(connection());
        } catch (SQLException e) {
            throw new StatementFailure(e);
        }
    }

    /**
     * Not limited as scans outside a transaction are: waiting for a scan's turn while holding
     * a connection could leave the scans that hold those turns without a connection.
     */
    @Override
    public <T> T scan(Work<T> work) {
        return run(work);
    }

    @Override
    public boolean mayRetry() {
        // the transaction's earlier statements went with its connection
        return false;
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection admitted = admission.admit();
            try {
                admitted.setAutoCommit(false);
            } catch (SQLException e) {
                try {
                    admission.release(admitted);
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
            connection = admitted;
        }
        return connection;
    }

    /** Whether a statement ran, so that a commit may have written. */
    boolean used() {
        return connection != null;
    }

    /** Commits what the statements did, if any ran; a failure is translated, the connection given back. */
    void commit() {
        if (connection == null) {
            return;
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, false);
        } finally {
            handBack(null);
        }
    }

    /** Undoes what the statements did, if any ran; a failure to do so joins {@code failure}. */
    void rollback(Throwable failure) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        } finally {
            handBack(failure);
        }
    }

    /** HikariCP rolls back what is left and restores auto-commit when it takes the connection back. */
    private void handBack(Throwable failure) {
        Connection held = connection;
        connection = null;
        try {
            admission.release(held);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
