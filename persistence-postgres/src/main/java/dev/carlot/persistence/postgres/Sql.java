package dev.carlot.persistence.postgres;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * How the repositories talk to the database: DB Client statements that always close their
 * rows, translate every failure through {@link PostgresErrors}, and retry only what is safe.
 * One instance runs each call on its own pooled connection (auto-commit); another runs every
 * call inside one transaction.
 */
final class Sql {

    private final Supplier<DbExecute> executor;
    private final Optional<PostgresPool> autoCommitPool;

    private Sql(Supplier<DbExecute> executor, Optional<PostgresPool> autoCommitPool) {
        this.executor = executor;
        this.autoCommitPool = autoCommitPool;
    }

    /** Each statement on its own connection, committed at once. */
    static Sql autoCommit(Supplier<DbExecute> executor, PostgresPool pool) {
        return new Sql(executor, Optional.of(pool));
    }

    /** Every statement inside the one transaction {@code transaction} supplies. */
    static Sql inTransaction(Supplier<DbExecute> transaction) {
        return new Sql(transaction, Optional.empty());
    }

    <T> Optional<T> one(String sql, Function<DbRow, T> mapper, Object... params) {
        return read(() -> executor.get().get(sql, params).map(mapper));
    }

    <T> List<T> list(String sql, Function<DbRow, T> mapper, Object... params) {
        return read(() -> {
            try (Stream<DbRow> rows = executor.get().query(sql, params)) {
                return rows.map(mapper).toList();
            }
        });
    }

    long count(String sql, Object... params) {
        return one(sql, row -> Rows.number(row, 1), params).orElse(0L);
    }

    /**
     * One page of {@code select columns fromWhere order by orderBy}, with the exact total of the
     * same {@code fromWhere}.
     */
    <T> Page<T> page(String columns, String fromWhere, String orderBy, Function<DbRow, T> mapper,
                     PageRequest page, List<Object> params) {
        long total = count("select count(*) " + fromWhere, params.toArray());
        return page(total, "select " + columns + " " + fromWhere + " order by " + orderBy + " limit ? offset ?",
                mapper, page, params);
    }

    /**
     * One page of {@code select}, a query ending in {@code limit ? offset ?} whose other
     * placeholders take {@code params}, given the total number of rows it pages through.
     */
    <T> Page<T> page(long total, String select, Function<DbRow, T> mapper, PageRequest page, List<Object> params) {
        List<Object> withPaging = new ArrayList<>(params);
        withPaging.add(page.limit());
        withPaging.add(page.offset());
        List<T> items = page.limit() == 0 || page.offset() >= total ? List.of()
                : list(select, mapper, withPaging.toArray());
        return new Page<>(items, total, page.limit(), page.offset());
    }

    /** An INSERT ... RETURNING: a foreign key it breaks names a row that does not exist. */
    <T> T insert(String sql, Function<DbRow, T> mapper, Object... params) {
        return write(() -> executor.get().get(sql, params).map(mapper).orElseThrow(), true);
    }

    /** An INSERT without rows to return; answers how many rows it added. */
    long insert(String sql, Object... params) {
        return write(() -> executor.get().dml(sql, params), true);
    }

    /** An UPDATE or DELETE ... RETURNING; empty when no row matched. */
    <T> Optional<T> change(String sql, Function<DbRow, T> mapper, Object... params) {
        return write(() -> executor.get().get(sql, params).map(mapper), false);
    }

    /** A statement without rows; answers how many rows it touched. */
    long execute(String sql, Object... params) {
        return write(() -> executor.get().dml(sql, params), false);
    }

    /** Reads may run twice: when the connection broke under the first try, a fresh one is taken. */
    private <T> T read(Supplier<T> call) {
        try {
            return attempt(call);
        } catch (RuntimeException first) {
            if (autoCommitPool.isEmpty() || !brokeConnection(first)) {
                throw PostgresErrors.translate(first, false);
            }
            try {
                return attempt(call);
            } catch (RuntimeException second) {
                second.addSuppressed(first);
                throw PostgresErrors.translate(second, false);
            }
        }
    }

    /** Writes run once: after a lost connection nobody knows whether the write committed. */
    private <T> T write(Supplier<T> call, boolean inserting) {
        try {
            return attempt(call);
        } catch (RuntimeException e) {
            throw PostgresErrors.translate(e, inserting);
        }
    }

    private <T> T attempt(Supplier<T> call) {
        return autoCommitPool.isPresent() ? autoCommitPool.get().returningConnections(call) : call.get();
    }

    private static boolean brokeConnection(RuntimeException failure) {
        // An acquisition timeout has already waited its full time; trying again only doubles it.
        return !(failure instanceof PostgresPool.AcquisitionFailure)
                && PostgresErrors.sqlCause(failure).filter(PostgresErrors::isConnectionFailure).isPresent();
    }
}
