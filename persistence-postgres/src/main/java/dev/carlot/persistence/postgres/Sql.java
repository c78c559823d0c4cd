package dev.carlot.persistence.postgres;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the repositories talk to the database: statements that always hand their connection
 * back, translate every failure through {@link PostgresErrors}, and retry only what is safe.
 * One instance runs each statement on its own pooled connection (auto-commit); another runs
 * every statement inside one transaction. Both go through {@link JdbcStatements}.
 */
final class Sql {

    private final JdbcStatements statements;
    /** Runs after each write that succeeded: {@link SessionWrites} remembers it for read-your-writes. */
    private final Runnable wrote;

    private Sql(JdbcStatements statements, Runnable wrote) {
        this.statements = statements;
        this.wrote = wrote;
    }

    /** Each statement on its own connection, committed at once. */
    static Sql autoCommit(Connections connections) {
        return new Sql(new JdbcStatements(connections), () -> { });
    }

    /** Each statement on its own connection, committed at once; {@code wrote} runs after each write. */
    static Sql autoCommit(Connections connections, Runnable wrote) {
        return new Sql(new JdbcStatements(connections), wrote);
    }

    /** Every statement inside {@code transaction}; the transaction's commit is the write to remember. */
    static Sql inTransaction(PostgresTransaction transaction) {
        return new Sql(new JdbcStatements(transaction), () -> { });
    }

    <T> Optional<T> one(String sql, Function<Row, T> mapper, Object... params) {
        return read(() -> first(statements.rows(sql, mapper, 1, params)));
    }

    <T> List<T> list(String sql, Function<Row, T> mapper, Object... params) {
        return read(() -> statements.rows(sql, mapper, Integer.MAX_VALUE, params));
    }

    /**
     * One page of {@code select columns fromWhere order by orderBy}, with the exact total of the
     * same {@code fromWhere}.
     */
    <T> Page<T> page(String columns, String fromWhere, String orderBy, Function<Row, T> mapper,
                     PageRequest page, List<Object> params) {
        return page(new Query("select count(*) " + fromWhere, params),
                "select " + columns + " " + fromWhere + " order by " + orderBy + " limit ? offset ?",
                mapper, page, params);
    }

    /**
     * One page of {@code select}, a query ending in {@code limit ? offset ?} whose other
     * placeholders take {@code params}, with its total, the number {@code total} answers. Both
     * statements travel in one round trip.
     */
    <T> Page<T> page(Query total, String select, Function<Row, T> mapper, PageRequest page, List<Object> params) {
        List<Object> withPaging = new ArrayList<>(params);
        withPaging.add(page.limit());
        withPaging.add(page.offset());
        JdbcStatements.Counted<T> counted = read(() -> statements.countAndRows(total,
                new Query(select, withPaging), mapper));
        return new Page<>(counted.rows(), counted.count(), page.limit(), page.offset());
    }

    /** A statement and the values of its placeholders. */
    record Query(String sql, List<Object> params) {
        Query {
            params = Collections.unmodifiableList(new ArrayList<>(params));
        }
    }

    /** An INSERT ... RETURNING: a foreign key it breaks names a row that does not exist. */
    <T> T insert(String sql, Function<Row, T> mapper, Object... params) {
        return write(() -> first(statements.rows(sql, mapper, 1, params)).orElseThrow(), true);
    }

    /** An INSERT without rows to return; answers how many rows it added. */
    long insert(String sql, Object... params) {
        return write(() -> statements.update(sql, params), true);
    }

    /** An UPDATE or DELETE ... RETURNING; empty when no row matched. */
    <T> Optional<T> change(String sql, Function<Row, T> mapper, Object... params) {
        return write(() -> first(statements.rows(sql, mapper, 1, params)), false);
    }

    /** An UPDATE ... RETURNING that may change many rows: every row it returns. */
    <T> List<T> changes(String sql, Function<Row, T> mapper, Object... params) {
        return write(() -> statements.rows(sql, mapper, Integer.MAX_VALUE, params), false);
    }

    /** A statement without rows; answers how many rows it touched. */
    long execute(String sql, Object... params) {
        return write(() -> statements.update(sql, params), false);
    }

    /** Reads may run twice: when the connection broke under the first try, a fresh one is taken. */
    private <T> T read(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException first) {
            if (!statements.mayRetry() || !brokeConnection(first)) {
                throw PostgresErrors.translate(first, false);
            }
            try {
                return call.get();
            } catch (RuntimeException second) {
                second.addSuppressed(first);
                throw PostgresErrors.translate(second, false);
            }
        }
    }

    /** Writes run once: after a lost connection nobody knows whether the write committed. */
    private <T> T write(Supplier<T> call, boolean inserting) {
        T result;
        try {
            result = call.get();
        } catch (RuntimeException e) {
            throw PostgresErrors.translate(e, inserting);
        }
        wrote.run();
        return result;
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.stream().findFirst();
    }

    private static boolean brokeConnection(RuntimeException failure) {
        // An acquisition timeout has already waited its full time; trying again only doubles it.
        return !(failure instanceof AcquisitionFailure)
                && PostgresErrors.sqlCause(failure).filter(PostgresErrors::isConnectionFailure).isPresent();
    }

    /** A LIKE pattern matching text that contains {@code text}, its own % and _ taken literally. */
    static String likePattern(String text) {
        return "%" + likeLiteral(text) + "%";
    }

    /** {@code text} in a LIKE pattern, its % and _ (and the escape itself) matching only themselves. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
