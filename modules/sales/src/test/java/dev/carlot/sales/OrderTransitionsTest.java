package dev.carlot.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carlot.feature.ApiException;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.OrderStatus;
import dev.carlot.persistence.data.WireValue;
import dev.carlot.sales.OrderTransitions.Verdict;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every from × to × party of the order state machine, against api.md's table. */
class OrderTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1}: buyer {2}, seller {3}, admin {4}, car {5}")
    @CsvSource(nullValues = "-", textBlock = """
            # from,    to,        buyer,      seller,     admin,      car after
            pending,   pending,   NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            pending,   confirmed, FORBIDDEN,  ALLOWED,    ALLOWED,    -
            pending,   completed, NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            pending,   cancelled, ALLOWED,    ALLOWED,    ALLOWED,    available
            confirmed, pending,   NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            confirmed, confirmed, NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            confirmed, completed, FORBIDDEN,  ALLOWED,    ALLOWED,    sold
            confirmed, cancelled, ALLOWED,    ALLOWED,    ALLOWED,    available
            completed, pending,   NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            completed, confirmed, NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            completed, completed, NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            completed, cancelled, NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            cancelled, pending,   NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            cancelled, confirmed, NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            cancelled, completed, NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            cancelled, cancelled, NOT_LISTED, NOT_LISTED, NOT_LISTED, -
            """)
    void theTableSaysWhoMayMakeEachMoveAndWhereItLeavesTheCar(String from, String to, Verdict buyer,
                                                              Verdict seller, Verdict admin, String carAfter) {
        OrderStatus source = status(from);
        OrderStatus target = status(to);
        assertEquals(buyer, OrderTransitions.verdict(source, target, OrderParty.BUYER), "buyer");
        assertEquals(seller, OrderTransitions.verdict(source, target, OrderParty.SELLER), "seller");
        assertEquals(admin, OrderTransitions.verdict(source, target, OrderParty.ADMIN), "admin");

        for (OrderParty party : OrderParty.values()) {
            switch (OrderTransitions.verdict(source, target, party)) {
                case ALLOWED -> assertEquals(Optional.ofNullable(carAfter),
                        OrderTransitions.require(source, target, party).map(CarStatus::wire));
                case FORBIDDEN -> assertEquals(403, statusOfRefusal(source, target, party));
                case NOT_LISTED -> assertEquals(409, statusOfRefusal(source, target, party));
            }
        }
    }

    private static int statusOfRefusal(OrderStatus from, OrderStatus to, OrderParty party) {
        return assertThrows(ApiException.class, () -> OrderTransitions.require(from, to, party)).problem().status();
    }

    private static OrderStatus status(String word) {
        return WireValue.parse(OrderStatus.class, word).orElseThrow();
    }
}
