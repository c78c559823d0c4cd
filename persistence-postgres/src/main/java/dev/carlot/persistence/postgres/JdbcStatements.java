package dev.carlot.persistence.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every statement, in plain JDBC, on the connection {@link Connections} lends: its own pooled one,
 * committed at once, or a transaction's. Plain JDBC because DB Client's per-row column metadata
 * cost more than the statement itself (docs/performance.md). try-with-resources closes every
 * statement on every path, a parameter the driver cannot bind included. Failures are the
 * driver's, untranslated: {@link Sql} translates them.
 */
final class JdbcStatements {

    private final Connections connections;

    JdbcStatements(Connections connections) {
        this.connections = connections;
    }

    /** At most {@code limit} rows of {@code sql}, each read by {@code mapper}. */
    <T> List<T> rows(String sql, Function<Row, T> mapper, int limit, Object... params) {
        return connections.run(connection -> {
            try (PreparedStatement statement = prepare(connection.prepareStatement(sql), params);
                 ResultSet rows = statement.executeQuery()) {
                return read(rows, mapper, limit);
            }
        });
    }

    /**
     * Both statements in one: the driver sends them together and reads both answers after one
     * round trip, where two statements would wait for the network, and wake this thread, twice.
     */
    <T> Counted<T> countAndRows(Sql.Query count, Sql.Query select, Function<Row, T> mapper) {
        List<Object> params = new ArrayList<>(count.params());
        params.addAll(select.params());
        return connections.scan(connection -> {
            try (PreparedStatement statement = prepare(connection.prepareStatement(count.sql() + ";\n" + select.sql()),
                    params.toArray())) {
                statement.execute();
                long total;
                try (ResultSet rows = statement.getResultSet()) {
                    rows.next();
                    total = rows.getLong(1);
                }
                if (!statement.getMoreResults()) {
                    throw new IllegalStateException("the page query of '" + select.sql() + "' answered no rows");
                }
                try (ResultSet rows = statement.getResultSet()) {
                    return new Counted<>(total, read(rows, mapper, Integer.MAX_VALUE));
                }
            }
        });
    }

    /** How many rows {@code sql} (an INSERT, UPDATE or DELETE without RETURNING) touched. */
    long update(String sql, Object... params) {
        return connections.run(connection -> {
            try (PreparedStatement statement = prepare(connection.prepareStatement(sql), params)) {
                return statement.executeLargeUpdate();
            }
        });
    }

    /** Whether a statement that failed may be sent again on a fresh connection. */
    boolean mayRetry() {
        return connections.mayRetry();
    }

    /** The number a count answered and the rows of the select beside it. */
    record Counted<T>(long count, List<T> rows) {
    }

    private static <T> List<T> read(ResultSet rows, Function<Row, T> mapper, int limit) throws SQLException {
        List<T> read = new ArrayList<>();
        Row row = new Row(rows);
        while (read.size() < limit && rows.next()) {
            read.add(mapper.apply(row));
        }
        return read;
    }

    private static PreparedStatement prepare(PreparedStatement statement, Object[] params) throws SQLException {
        try {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
