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
    public long update(String sql, Object... params) {
        return transaction.get().dml(sql, params);
    }

    @Override
    public boolean mayRetry() {
        // the transaction's earlier statements went with its connection
        return false;
    }
}
