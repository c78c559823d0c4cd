package dev.carlot.app.sales;

import static dev.carlot.app.market.Market.expect;
import static dev.carlot.app.market.Market.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.AtOnce;
import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.market.Market;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One buyer holds at most {@code carlot.sales.max-pending-orders} pending orders, even when ordering in parallel. */
class PendingOrderCapApiTest {
    private static final int CAP = 3;
    private static final String CAP_TYPE = "https://carlot.dev/problems/too-many-pending-orders";

    @RegisterExtension
    static final Market market = Market.onAFreshServer("--carlot.sales.max-pending-orders=" + CAP);

    private static List<Long> availableCars(int count) {
        Account seller = market.aSeller();
        return IntStream.range(0, count).mapToObj(i -> id(market.anAvailableCar(seller))).toList();
    }

    @Test
    void theOrderBeyondTheCapIsRefusedWithItsOwnProblemAndTheCarStaysAvailable() {
        Account buyer = market.aUser();
        List<Long> cars = availableCars(CAP + 1);
        cars.subList(0, CAP).forEach(car -> market.placedOrder(buyer, car));

        Http.Answer refused = market.order(buyer, cars.getLast());

        assertEquals(409, refused.status(), refused.text());
        JsonProblem problem = JsonProblem.of(refused);
        assertEquals(CAP_TYPE, problem.type());
        assertTrue(problem.detail().contains(CAP + " pending orders"), problem.detail());
        assertEquals("available", market.statusOfCar(cars.getLast()));
        market.placedOrder(market.aUser(), cars.getLast());
    }

    @Test
    void confirmedAndCancelledOrdersLeaveRoomUnderTheCap() {
        Account seller = market.aSeller();
        Account buyer = market.aUser();
        List<Long> orders = IntStream.range(0, CAP)
                .mapToObj(i -> id(market.placedOrder(buyer, id(market.anAvailableCar(seller))))).toList();
        market.movedOrder(seller, orders.get(0), "confirmed");
        market.movedOrder(buyer, orders.get(1), "cancelled");

        market.placedOrder(buyer, id(market.anAvailableCar(seller)));
        market.placedOrder(buyer, id(market.anAvailableCar(seller)));
        assertEquals(409, market.order(buyer, id(market.anAvailableCar(seller))).status());
    }

    @Test
    void aBuyerOrderingManyCarsAtOnceGetsExactlyTheCap() throws Exception {
        Account buyer = market.aUser();
        List<Long> cars = availableCars(4 * CAP);

        List<Http.Answer> answers = AtOnce.send(cars.stream().<Callable<Http.Answer>>map(car -> () -> market.order(buyer, car)).toList());

        Map<Integer, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(Http.Answer::status, Collectors.counting()));
        assertEquals(Map.of(201, (long) CAP, 409, (long) cars.size() - CAP), statuses);
        answers.stream().filter(a -> a.status() == 409)
                .forEach(a -> assertEquals(CAP_TYPE, JsonProblem.of(a).type(), a.text()));
        long pending = expect(200, market.http().get("/api/orders?status=pending", buyer.token()))
                .getJsonNumber("total").longValueExact();
        assertEquals(CAP, pending);
        long reserved = cars.stream().filter(car -> market.statusOfCar(car).equals("reserved")).count();
        assertEquals(CAP, reserved);
    }

    /** The two fields of a problem these tests read. */
    private record JsonProblem(String type, String detail) {
        static JsonProblem of(Http.Answer answer) {
            return new JsonProblem(answer.object().getString("type"), answer.object().getString("detail"));
        }
    }
}
