package dev.carlot.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.feature.Principal;
import dev.carlot.persistence.data.Order;
import dev.carlot.persistence.data.OrderStatus;
import dev.carlot.persistence.data.Role;
import dev.carlot.persistence.data.User;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderPartyTest {
    private static final long BUYER = 10;
    private static final long SELLER = 20;
    private final Order order = new Order(1, 5, BUYER, SELLER, new BigDecimal("9000.00"), OrderStatus.PENDING,
            Instant.EPOCH, Instant.EPOCH);

    @Test
    void theBuyerActsAsBuyer() {
        assertEquals(Optional.of(OrderParty.BUYER), OrderParty.of(order, caller(BUYER, Role.USER)));
    }

    @Test
    void theCarsSellerActsAsSellerWhateverTheirRole() {
        assertEquals(Optional.of(OrderParty.SELLER), OrderParty.of(order, caller(SELLER, Role.SELLER)));
        assertEquals(Optional.of(OrderParty.SELLER), OrderParty.of(order, caller(SELLER, Role.USER)));
    }

    @Test
    void anAdminActsAsAdminEvenOnTheirOwnOrder() {
        assertEquals(Optional.of(OrderParty.ADMIN), OrderParty.of(order, caller(99, Role.ADMIN)));
        assertEquals(Optional.of(OrderParty.ADMIN), OrderParty.of(order, caller(BUYER, Role.ADMIN)));
    }

    @Test
    void anyoneElseIsNoParty() {
        assertEquals(Optional.empty(), OrderParty.of(order, caller(30, Role.SELLER)));
    }

    private static Principal caller(long id, Role role) {
        return new Principal(new User(id, "u" + id + "@carlot.test", "U" + id, role, Instant.EPOCH, Instant.EPOCH), "hash");
    }
}
