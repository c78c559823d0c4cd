package dev.carlot.sales;

import static dev.carlot.persistence.data.OrderStatus.CANCELLED;
import static dev.carlot.persistence.data.OrderStatus.COMPLETED;
import static dev.carlot.persistence.data.OrderStatus.CONFIRMED;
import static dev.carlot.persistence.data.OrderStatus.PENDING;

import dev.carlot.feature.ApiException;
import dev.carlot.persistence.data.CarStatus;
import dev.carlot.persistence.data.OrderStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order state machine of api.md as one table: which moves exist, who may make each, and
 * where each leaves the car (which is {@code reserved} while its order is pending or confirmed).
 */
final class OrderTransitions {

    /** What the table says about one attempted move. */
    enum Verdict { ALLOWED, FORBIDDEN, NOT_LISTED }

    private record Move(OrderStatus from, OrderStatus to) {
    }

    private record Rule(Set<OrderParty> who, Optional<CarStatus> carAfter) {
    }

    private static final Set<OrderParty> SELLER_SIDE = EnumSet.of(OrderParty.SELLER, OrderParty.ADMIN);
    private static final Map<Move, Rule> TABLE = Map.of(
            new Move(PENDING, CONFIRMED), new Rule(SELLER_SIDE, Optional.empty()),
            new Move(CONFIRMED, COMPLETED), new Rule(SELLER_SIDE, Optional.of(CarStatus.SOLD)),
            new Move(PENDING, CANCELLED), new Rule(EnumSet.allOf(OrderParty.class), Optional.of(CarStatus.AVAILABLE)),
            new Move(CONFIRMED, CANCELLED), new Rule(EnumSet.allOf(OrderParty.class), Optional.of(CarStatus.AVAILABLE)));

    private OrderTransitions() {
    }

    static Verdict verdict(OrderStatus from, OrderStatus to, OrderParty who) {
        Rule rule = TABLE.get(new Move(from, to));
        if (rule == null) {
            return Verdict.NOT_LISTED;
        }
        return rule.who().contains(who) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
    }

    /**
     * Checks a move and says where it leaves the car: empty when the car stays reserved.
     *
     * @throws ApiException 409 for a move not in the table, 403 for a party the move is not for
     */
    static Optional<CarStatus> require(OrderStatus from, OrderStatus to, OrderParty who) {
        return switch (verdict(from, to, who)) {
            case ALLOWED -> TABLE.get(new Move(from, to)).carAfter();
            case FORBIDDEN -> throw ApiException.forbidden(
                    "Only the car's seller or an admin may mark an order '" + to.wire() + "'.");
            case NOT_LISTED -> throw ApiException.conflict(notListed(from, to));
        };
    }

    private static String notListed(OrderStatus from, OrderStatus to) {
        if (from == COMPLETED || from == CANCELLED) {
            return "The order is " + from.wire() + "; it can no longer change.";
        }
        return "A " + from.wire() + " order cannot become " + to.wire() + "; a pending order can be confirmed or"
                + " cancelled, a confirmed one completed or cancelled.";
    }
}
