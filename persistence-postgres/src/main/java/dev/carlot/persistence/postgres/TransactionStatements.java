package dev.carlot.persistence.postgres;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Every statement inside the one DB Client transaction {@code transaction} supplies. */
final class TransactionStatements implements Statements {

    private final Supplier<DbExecute> transaction;

    TransactionStatements(Supplier<DbExecute> transaction) {
        this.transaction = transaction;
    }

    @Override
    public <T> List<T> rows(String sql, Function<Row, T> mapper, int limit, Object... params) {
        try (Stream<DbRow> rows = transaction.get().query(sql, params)) {
            return rows.limit(limit).map(row -> mapper.apply(Row.of(row))).toList();
        }
    }

    @Override
    public <T> Counted<T> countAndRows(Sql.Query count, Sql.Query select, Function<Row, T> mapper) {
        long total = rows(count.sql(), row -> Rows.number(row, 1), 1, count.params().toArray()).getFirst();
        return new Counted<>(total, rows(select.sql(), mapper, Integer.MAX_VALUE, select.params().toArray()));
    }

    @Override
    public long update(String sql, Object... params) {
        return transaction.get().dml(sql, params);
    }

    @Override
    public boolean mayRetry() {
        // the transaction's earlier statements went with its connection
        return false;
    }
}
