package dev.carlot.persistence.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Each statement on a pooled connection of its own, committed at once, in plain JDBC: the
 * common single-statement case, where DB Client's per-row column metadata cost more than the
 * statement itself (docs/performance.md). try-with-resources hands the connection back on
 * every path, a parameter the driver cannot bind included.
 */
final class JdbcStatements implements Statements {

    private final PostgresPool pool;

    JdbcStatements(PostgresPool pool) {
        this.pool = pool;
    }

    @Override
    public <T> List<T> rows(String sql, Function<Row, T> mapper, int limit, Object... params) {
        return pool.onConnection(connection -> {
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
    @Override
    public <T> Counted<T> countAndRows(Sql.Query count, Sql.Query select, Function<Row, T> mapper) {
        List<Object> params = new ArrayList<>(count.params());
        params.addAll(select.params());
        return pool.onConnectionToScan(connection -> {
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

    @Override
    public long update(String sql, Object... params) {
        return pool.onConnection(connection -> {
            try (PreparedStatement statement = prepare(connection.prepareStatement(sql), params)) {
                return statement.executeLargeUpdate();
            }
        });
    }

    @Override
    public boolean mayRetry() {
        return true;
    }

    private static <T> List<T> read(ResultSet rows, Function<Row, T> mapper, int limit) throws SQLException {
        List<T> read = new ArrayList<>();
        Row row = Row.of(rows);
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
