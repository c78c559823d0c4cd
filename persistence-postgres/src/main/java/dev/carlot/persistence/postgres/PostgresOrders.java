package dev.carlot.persistence.postgres;

import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.Order;
import dev.carlot.persistence.data.OrderStatus;
import dev.carlot.persistence.data.Orders;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sales orders in table {@code orders}. "One active order per car" is the partial unique index
 * {@code orders_one_active_per_car}: the database decides between concurrent buyers. A buyer's
 * pending orders are counted behind a lock on the buyer's row, and expired ones are cancelled by
 * one statement that skips the orders another transaction holds.
 */
final class PostgresOrders implements Orders {

    private static final String COLUMNS = "o.id, o.car_id, o.buyer_id, o.seller_id, o.price, o.status,"
            + " o.created_at, o.updated_at";

    private final Sql sql;
    /** Plain reads: from the replica when the request's consistency allows it (docs/scaling-replicas.md). */
    private final Sql reads;

    PostgresOrders(Sql sql, Sql reads) {
        this.sql = sql;
        this.reads = reads;
    }

    private static Order order(Row row) {
        return new Order(Rows.id(row, "id"), Rows.id(row, "car_id"), Rows.id(row, "buyer_id"),
                Rows.id(row, "seller_id"), Rows.decimal(row, "price"), Rows.wire(OrderStatus.class, row, "status"),
                Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
    }

    @Override
    public Order create(long carId, long buyerId, long sellerId, BigDecimal price) {
        return sql.insert("""
                insert into orders as o (car_id, buyer_id, seller_id, price) values (?, ?, ?, ?)
                returning\s""" + COLUMNS,
                PostgresOrders::order, carId, buyerId, sellerId, price);
    }

    @Override
    public Optional<Order> find(long id) {
        return reads.one("select " + COLUMNS + " from orders o where o.id = ?", PostgresOrders::order, id);
    }

    @Override
    public Optional<Order> findForUpdate(long id) {
        return sql.one("select " + COLUMNS + " from orders o where o.id = ? for update", PostgresOrders::order, id);
    }

    @Override
    public Page<Order> list(Optional<OrderStatus> status, Optional<Long> party, PageRequest page) {
        Conditions where = new Conditions().add("o.status = ?", status.map(OrderStatus::wire));
        party.ifPresent(user -> where.add("(o.buyer_id = ? or o.seller_id = ?)", user, user));
        return reads.page(COLUMNS, "from orders o" + where.where(), "o.created_at desc, o.id desc",
                PostgresOrders::order, page, where.params());
    }

    @Override
    public int countPendingForUpdate(long buyerId) {
        // Two statements, not one: in read committed the count must take its snapshot after the
        // lock is granted, or it would miss the order that the lock's previous holder placed.
        sql.one("select u.id from users u where u.id = ? for no key update", row -> Rows.id(row, "id"), buyerId);
        return sql.one("select count(*) as pending from orders o where o.buyer_id = ? and o.status = 'pending'",
                row -> Rows.integer(row, "pending"), buyerId).orElse(0);
    }

    @Override
    public List<Order> expirePending(Duration age, int limit) {
        // One statement, so each order and its car change together. SKIP LOCKED: an order another
        // run (or a buyer's cancel) holds is theirs; it is not waited for and not cancelled twice.
        return sql.changes("""
                with due as (
                    select o.id from orders o
                    where o.status = 'pending' and o.created_at <= now() - ? * interval '1 millisecond'
                    order by o.created_at, o.id
                    limit ?
                    for update skip locked
                ), cancelled as (
                    update orders as o set status = 'cancelled' from due where o.id = due.id
                    returning o.*
                ), freed as (
                    update cars as c set status = 'available' from cancelled x
                    where c.id = x.car_id and c.status = 'reserved'
                    returning c.id
                )
                select\s""" + COLUMNS + " from cancelled o order by o.created_at, o.id",
                PostgresOrders::order, age.toMillis(), limit);
    }

    @Override
    public Order setStatus(long id, OrderStatus status) {
        return sql.change("update orders as o set status = ? where o.id = ? returning " + COLUMNS,
                        PostgresOrders::order, status.wire(), id)
                .orElseThrow(() -> new NotFoundException("order " + id + " does not exist"));
    }
}
