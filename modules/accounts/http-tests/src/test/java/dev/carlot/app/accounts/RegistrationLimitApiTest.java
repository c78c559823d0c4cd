package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registrations are limited per client address (three an hour here); other addresses are not affected. */
class RegistrationLimitApiTest {
    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer("--carlot.accounts.register-limit.client-attempts=3");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static Http.Answer register(String from, String password) {
        JsonObject body = Json.createObjectBuilder().add("email", "limited" + SEQUENCE.incrementAndGet() + "@example.com")
                .add("name", "Limited").add("password", password).build();
        return Loopback.post(http.raw(), from, "/api/auth/register", body);
    }

    @Test
    void theFourthRegistrationFromOneAddressWaitsWhileOtherAddressesRegister() {
        assertEquals(400, register("127.0.4.1", "short").status(), "a refused body does not count");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, register("127.0.4.1", Accounts.PASSWORD).status());
        }

        Http.Answer refused = register("127.0.4.1", Accounts.PASSWORD);

        assertEquals(429, refused.status(), refused.text());
        assertEquals("application/problem+json", refused.contentType());
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 3500 && retryAfter <= 3600, "the rest of the hour: " + retryAfter);
        assertEquals(201, register("127.0.4.2", Accounts.PASSWORD).status());
    }

    @Test
    void parallelRegistrationsFromOneAddressGetExactlyTheBudget() {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<CompletableFuture<Integer>> answers = IntStream.range(0, 10).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> register("127.0.4.3", Accounts.PASSWORD).status(), pool)).toList();
            Map<Integer, Long> statuses = answers.stream().map(CompletableFuture::join)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(Map.of(201, 3L, 429, 7L), statuses);
        } finally {
            pool.shutdownNow();
        }
    }
}
