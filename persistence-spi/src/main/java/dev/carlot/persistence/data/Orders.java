package dev.carlot.persistence.data;

import dev.carlot.persistence.Page;
import dev.carlot.persistence.PageRequest;
import java.math.BigDecimal;
import java.util.Optional;

/** Sales orders. At most one pending or confirmed order per car, enforced by the database. */
public interface Orders {

    /**
     * Places a {@link OrderStatus#PENDING} order.
     *
     * @throws dev.carlot.persistence.ConflictException (constraint {@code orders_one_active_per_car})
     *         when the car already has an active order
     */
    Order create(long carId, long buyerId, long sellerId, BigDecimal price);

    Optional<Order> find(long id);

    /** Like {@link #find} but locks the row until the surrounding transaction ends. */
    Optional<Order> findForUpdate(long id);

    /**
     * Newest first. {@code party}, when present, keeps orders where that user is buyer or seller.
     */
    Page<Order> list(Optional<OrderStatus> status, Optional<Long> party, PageRequest page);

    /** @throws dev.carlot.persistence.NotFoundException for an unknown id */
    Order setStatus(long id, OrderStatus status);
}
