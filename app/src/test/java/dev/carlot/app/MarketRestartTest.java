package dev.carlot.app;

import static dev.carlot.app.market.Market.expect;
import static dev.carlot.app.market.Market.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.market.Market;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.server.CarlotServer;
import dev.carlot.persistence.Persistence;
import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Cars and orders across a full restart (server and database closed, then opened again on the
 * same data). Lives in this package because it builds its servers itself instead of using
 * {@link TestServer}.
 */
class MarketRestartTest {

    @Test
    void carsAndOrdersMadeThroughTheApiOutliveARestart() {
        try (TestBackend backend = TestBackend.fresh()) {
            AppConfig config = backend.config();
            Account seller;
            Account buyer;
            JsonObject car;
            JsonObject order;
            JsonObject carsBefore;
            try (Life first = Life.begin(backend, config)) {
                Market market = first.market();
                seller = market.aSeller();
                buyer = market.aUser();
                car = market.anAvailableCar(seller);
                market.anAvailableCar(seller);
                order = market.placedOrder(buyer, id(car));
                carsBefore = expect(200, first.http().get("/api/cars"));
            }

            try (Life second = Life.begin(backend, config)) {
                Market market = second.market();
                Http http = second.http();
                assertEquals(carsBefore, expect(200, http.get("/api/cars")));
                assertEquals("reserved", market.statusOfCar(id(car)));
                assertEquals(order, market.orderSeenBy(buyer, id(order)));
                assertEquals(409, market.order(market.aUser(), id(car)).status());
                market.movedOrder(seller, id(order), "confirmed");
                market.movedOrder(seller, id(order), "completed");
                assertEquals("sold", market.statusOfCar(id(car)));
            }
        }
    }

    /** One life of Carlot on the backend's database: opened, migrated and serving until closed. */
    private record Life(Persistence persistence, CarlotServer server) implements AutoCloseable {
        static Life begin(TestBackend backend, AppConfig config) {
            Persistence persistence = backend.open(config);
            try {
                persistence.migrate();
                return new Life(persistence, CarlotServer.start(config, persistence));
            } catch (RuntimeException e) {
                persistence.close();
                throw e;
            }
        }

        Http http() {
            return new Http(URI.create("http://127.0.0.1:" + server.port() + "/"));
        }

        Market market() {
            return new Market(http());
        }

        @Override
        public void close() {
            try {
                server.stop();
            } finally {
                persistence.close();
            }
        }
    }
}
