package dev.carlot.app.market;

import static dev.carlot.app.market.Market.expect;
import static dev.carlot.app.market.Market.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.AtOnce;
import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Of many buyers ordering one car at the same moment, exactly one gets it: the database decides. */
class OrderRaceTest {
    private static final int BUYERS = 50;

    @RegisterExtension
    static final Market market = Market.onAFreshServer();

    @Test
    void fiftyBuyersOrderOneCarAndExactlyOneSucceeds() throws Exception {
        long car = id(market.anAvailableCar(market.aSeller()));
        List<Account> buyers = IntStream.range(0, BUYERS).mapToObj(i -> market.aUser()).toList();

        List<Http.Answer> answers = AtOnce.send(buyers.stream().<Callable<Http.Answer>>map(buyer -> () -> market.order(buyer, car)).toList());

        Map<Integer, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(Http.Answer::status, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, (long) BUYERS - 1), statuses);
        assertEquals("reserved", market.statusOfCar(car));
        JsonObject all = expect(200, market.http().get("/api/orders?limit=100", market.anAdmin().token()));
        List<JsonObject> ordersOfCar = all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("carId").longValueExact() == car).toList();
        assertEquals(1, ordersOfCar.size(), all.toString());
        assertEquals("pending", ordersOfCar.getFirst().getString("status"));
    }
}
