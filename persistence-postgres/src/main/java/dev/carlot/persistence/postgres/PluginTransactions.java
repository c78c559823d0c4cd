package dev.carlot.persistence.postgres;

import dev.carlot.persistence.postgres.plugin.PluginConnections;
import java.sql.Connection;
import java.util.function.Function;

/** The pool's transactions for plugin stores, through the same admission as the core's. */
final class PluginTransactions implements PluginConnections {
    private final PostgresAdmission admission;

    PluginTransactions(PostgresAdmission admission) {
        this.admission = admission;
    }

    @Override
    public <T> T inTransaction(Function<Connection, T> work) {
        PostgresTransaction transaction = new PostgresTransaction(admission);
        T result;
        try {
            result = transaction.run(work::apply);
        } catch (RuntimeException | Error failure) {
            transaction.rollback(failure);
            // the plugin's statements translate their own failures; what is left is taking the connection
            if (failure instanceof RuntimeException runtime) {
                throw PostgresErrors.translate(runtime, false);
            }
            throw failure;
        }
        transaction.commit();
        return result;
    }
}
