package dev.carlot.persistence.data;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Sales orders. At most one pending or confirmed order per car, enforced by the database. */
public interface Orders {

    /**
     * Places a {@link OrderStatus#PENDING} order.
     *
     * @throws dev.carlot.persistence.ConflictException ({@link dev.carlot.persistence.Conflict#CAR_HAS_ACTIVE_ORDER})
     *         when the car already has an active order
     */
    Order create(long carId, long buyerId, long sellerId, BigDecimal price);

    /** The order with this id, or empty when there is none. */
    Optional<Order> find(long id);

    /** Like {@link #find} but locks the row until the surrounding transaction ends. */
    Optional<Order> findForUpdate(long id);

    /**
     * Newest first. {@code party}, when present, keeps orders where that user is buyer or seller.
     */
    Page<Order> list(Optional<OrderStatus> status, Optional<Long> party, PageRequest page);

    /**
     * How many {@link OrderStatus#PENDING} orders {@code buyerId} holds, counted after locking the
     * buyer against every other caller of this method until the surrounding transaction ends. Two
     * transactions that each count and then {@link #create} therefore run one after the other, so
     * a cap checked on the count holds under any concurrency. Call it inside
     * {@link dev.carlot.persistence.Persistence#inTransaction}; alone, the lock ends at once.
     */
    int countPendingForUpdate(long buyerId);

    /**
     * Cancels up to {@code limit} pending orders placed at least {@code age} ago (by the database's
     * clock), oldest first, each together with its car becoming {@link CarStatus#AVAILABLE} again,
     * in one transaction. Orders that another transaction is changing at that moment are left for
     * the next call, so any number of concurrent callers cancel each order exactly once.
     *
     * @return the orders it cancelled, in their new state
     */
    List<Order> expirePending(Duration age, int limit);

    /**
     * @throws dev.carlot.persistence.NotFoundException for an unknown id
     * @throws dev.carlot.persistence.ConflictException ({@link dev.carlot.persistence.Conflict#CAR_HAS_ACTIVE_ORDER})
     *         when making the order active while another order for its car is
     */
    Order setStatus(long id, OrderStatus status);
}
