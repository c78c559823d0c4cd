package dev.carlot.app.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.AppConfig;
import dev.carlot.app.ConfigurationException;
import dev.carlot.app.TestServer;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.CarFilter;
import dev.carlot.persistence.data.CarSort;
import dev.carlot.persistence.data.CarStatus;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import jakarta.json.Json;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedTest {
    private static final AppConfig.Seed CONFIG = new AppConfig.Seed(Optional.of("seed-test-password"));
    private static final Config ROOT = Config.just(ConfigSources.create(Map.of("carlot.accounts.bcrypt-cost", "4")));
    private static TestServer server;
    private static SeedReport first;
    private static SeedReport second;

    @BeforeAll
    static void seedTwice() {
        server = TestServer.start();
        first = Seed.run(server.persistence(), CONFIG, ROOT);
        second = Seed.run(server.persistence(), CONFIG, ROOT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theFirstRunCreatesThreeAccountsAndAtLeastFiftyCars() {
        assertEquals(3, first.accounts());
        assertTrue(first.cars() >= 50, first.describe());
        var page = server.persistence().repositories().cars().list(CarFilter.all(), CarSort.NEWEST, PageRequest.first(0));
        assertEquals(first.cars(), page.total());
    }

    @Test
    void theSecondRunCreatesNothing() {
        assertTrue(second.createdNothing(), second.describe());
    }

    @Test
    void theCarsBelongToTheSellerAndSomeAreNotAvailable() {
        long seller = server.persistence().repositories().users().findByEmail(Seed.SELLER).orElseThrow().id();
        var sellers = server.persistence().repositories().cars().list(CarFilter.all().withSeller(seller), CarSort.NEWEST, PageRequest.first(0));
        assertEquals(first.cars(), sellers.total());
        for (CarStatus status : Set.of(CarStatus.RESERVED, CarStatus.SOLD, CarStatus.ARCHIVED)) {
            var some = server.persistence().repositories().cars().list(CarFilter.all().withStatuses(Set.of(status)), CarSort.NEWEST,
                    PageRequest.first(0));
            assertTrue(some.total() > 0, status.wire());
        }
    }

    @Test
    void theSeededAccountsLogInWithTheConfiguredPassword() {
        for (String email : new String[] {Seed.ADMIN, Seed.SELLER, Seed.USER}) {
            var answer = server.http().post("/api/auth/login", Json.createObjectBuilder()
                    .add("email", email).add("password", "seed-test-password").build());
            assertEquals(200, answer.status(), email + ": " + answer.text());
        }
    }

    @Test
    void onlyADatabasePrivateToThisMachineFallsBackToTheDevelopmentPassword() {
        var none = new AppConfig.Seed(Optional.empty());

        assertEquals(Seed.DEVELOPMENT_PASSWORD, Seed.password(true, "embedded", none));
        var refusal = assertThrows(ConfigurationException.class, () -> Seed.password(false, "postgres", none));
        assertTrue(refusal.getMessage().contains("CARLOT_SEED_PASSWORD"), refusal.getMessage());
    }

    @Test
    void aSeedPasswordLongerThanBcryptReadsIsRefused() {
        assertEquals("p".repeat(72), Seed.password(false, "postgres", new AppConfig.Seed(Optional.of("p".repeat(72)))));
        var refusal = assertThrows(ConfigurationException.class,
                () -> Seed.password(false, "postgres", new AppConfig.Seed(Optional.of("\u20ac".repeat(25)))));
        assertTrue(refusal.getMessage().contains("72 bytes"), refusal.getMessage());
    }
}
