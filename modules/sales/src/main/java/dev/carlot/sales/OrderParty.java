package dev.carlot.sales;

import dev.carlot.feature.Principal;
import dev.carlot.persistence.data.Order;
import java.util.Optional;

/** In which capacity a caller acts on an order. */
enum OrderParty {
    BUYER, SELLER, ADMIN;

    /** Empty for someone who is no party to the order: to them it does not exist. */
    static Optional<OrderParty> of(Order order, Principal caller) {
        if (caller.isAdmin()) {
            return Optional.of(ADMIN);
        }
        if (caller.id() == order.sellerId()) {
            return Optional.of(SELLER);
        }
        return caller.id() == order.buyerId() ? Optional.of(BUYER) : Optional.empty();
    }
}
