package dev.carlot.app.faults;

import static dev.carlot.app.market.Market.id;
import static dev.carlot.testing.postgres.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.TestBackend;
import dev.carlot.app.accounts.Accounts;
import dev.carlot.app.accounts.Accounts.Account;
import dev.carlot.app.market.Market;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.data.Lease;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code carlot serve} JVMs on one PostgreSQL database, as two machines of a cluster: the
 * one running the order-expiry job is killed with SIGKILL (no stop, no lease given up), and the
 * other takes the job over once the lease runs out and expires the orders from then on. The
 * database is a networked one: two processes cannot share an embedded data directory.
 */
@Tag("faults")
@Timeout(300)
class JobTakeoverKillTest {
    private static final String JOB = "sales.expire-orders";
    private static final String[] FLAGS = {"--host=127.0.0.1", "--seed-on-start=false",
        "--carlot.sales.expiry-period=PT0.2S", "--carlot.sales.pending-order-ttl=PT2S"};

    @TempDir
    Path temp;

    /** Whether the job's lease names the process {@code carlot} (holders are host:pid:random). */
    private static boolean holds(Persistence db, CarlotProcess carlot) {
        return db.repositories().leases().current(JOB).map(Lease::holder)
                .filter(h -> h.contains(":" + carlot.jvm().pid() + ":")).isPresent();
    }

    @Test
    void whenTheServerRunningTheJobIsKilledTheOtherTakesItOverAndExpiresOrders() throws Exception {
        try (TestBackend backend = TestBackend.fresh("postgres")) {
            Map<String, String> environment = backend.environment();
            CarlotProcess first = CarlotProcess.serveWithDefaults(environment, temp.resolve("first.log"), FLAGS);
            CarlotProcess second = null;
            try (Persistence db = backend.open(backend.config())) {
                await("the first server holding the job", () -> holds(db, first));
                second = CarlotProcess.serveWithDefaults(environment, temp.resolve("second.log"), FLAGS);

                first.kill9();

                CarlotProcess survivor = second;
                await("the second server holding the job", () -> holds(db, survivor));
                Market market = new Market(survivor.http());
                Account seller = Accounts.aSeller(survivor.http());
                Account buyer = Accounts.aUser(survivor.http());
                long car = id(market.anAvailableCar(seller));
                long order = id(market.placedOrder(buyer, car));
                await("the order expired by the second server", () ->
                        market.orderSeenBy(buyer, order).getString("status").equals("cancelled"));
                assertEquals("available", market.statusOfCar(car));
            } finally {
                if (first.jvm().isAlive()) {
                    first.kill9();
                }
                if (second != null) {
                    second.stop();
                }
            }
        }
    }
}
