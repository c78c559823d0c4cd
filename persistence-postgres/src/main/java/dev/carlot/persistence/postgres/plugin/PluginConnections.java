package dev.carlot.persistence.postgres.plugin;

import java.sql.Connection;
import java.util.function.Function;

/**
 * The pool's transactions, lent to plugin stores: {@code work} runs on one pooled connection
 * with auto-commit off, committed when it returns and rolled back when it throws. The connection
 * must not escape {@code work}.
 */
public interface PluginConnections {

    /** Runs {@code work} in one transaction of the pool, through the pool's admission. */
    <T> T inTransaction(Function<Connection, T> work);
}
