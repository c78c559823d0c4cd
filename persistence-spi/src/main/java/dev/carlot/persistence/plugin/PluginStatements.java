package dev.carlot.persistence.plugin;

import java.util.List;
import java.util.function.Function;

/** SQL a plugin runs in its own schema, inside {@link PluginStore#inTransaction}. */
public interface PluginStatements {

    /** Runs an insert, update or delete with {@code ?} parameters; returns the rows it changed. */
    int update(String sql, Object... parameters);

    /** Runs a query with {@code ?} parameters and maps each row. */
    <T> List<T> query(String sql, Function<PluginRow, T> mapper, Object... parameters);
}
