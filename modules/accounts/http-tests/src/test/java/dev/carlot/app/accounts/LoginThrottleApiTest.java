package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.app.accounts.Accounts.Account;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Login brute force over HTTP with the default limits: 5 attempts per account from one address,
 * 20 from one address, and the per-account soft limit of 20. Each test speaks from its own
 * loopback addresses, so one test's attempts do not count against another's. That the wait ends
 * is LoginWaitApiTest's; that servers share the counts, SharedThrottleApiTest's.
 */
class LoginThrottleApiTest {
    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer();

    private static final String WRONG = "not the password";

    private static Http.Answer login(String from, String email, String password) {
        return Loopback.login(http.raw(), from, email, password);
    }

    private static void failTimes(int times, String from, String email) {
        for (int i = 0; i < times; i++) {
            Http.Answer answer = login(from, email, WRONG);
            assertEquals(401, answer.status(), answer.text());
        }
    }

    private static void assertRefused(Http.Answer answer) {
        assertEquals(429, answer.status(), answer.text());
        long retryAfter = Long.parseLong(answer.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 900, "Retry-After " + retryAfter);
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(429, answer.object().getInt("status"));
    }

    @Test
    void fiveAttemptsFromOneAddressRefuseThatAddressButNotTheOwnerElsewhere() {
        Account victim = Accounts.aUser(http.raw());
        failTimes(5, "127.0.0.2", victim.email());

        assertRefused(login("127.0.0.2", victim.email(), victim.password()));
        assertEquals(200, login("127.0.0.3", victim.email(), victim.password()).status());
    }

    @Test
    void twentyParallelWrongPasswordsGetExactlyTheBudgetOf401sWhileTheOwnerSignsInFromElsewhere() throws Exception {
        Account victim = Accounts.aUser(http.raw());
        ExecutorService pool = Executors.newFixedThreadPool(21);
        try {
            List<CompletableFuture<Integer>> burst = IntStream.range(0, 20).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> login("127.0.0.8", victim.email(), WRONG + i).status(), pool)).toList();
            CompletableFuture<Integer> owner = CompletableFuture.supplyAsync(
                    () -> login("127.0.0.9", victim.email(), victim.password()).status(), pool);

            Map<Integer, Long> statuses = burst.stream().map(CompletableFuture::join)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(Map.of(401, 5L, 429, 15L), statuses);
            assertEquals(200, owner.join());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherAccountFromTheSameAddressStillSignsIn() {
        Account victim = Accounts.aUser(http.raw());
        Account bystander = Accounts.aUser(http.raw());
        failTimes(5, "127.0.0.4", victim.email());

        assertEquals(200, login("127.0.0.4", bystander.email(), bystander.password()).status());
    }

    @Test
    void theRightPasswordClearsTheAddressesCountForTheAccount() {
        Account forgetful = Accounts.aUser(http.raw());
        failTimes(4, "127.0.0.5", forgetful.email());
        assertEquals(200, login("127.0.0.5", forgetful.email(), forgetful.password()).status());
        failTimes(4, "127.0.0.5", forgetful.email());

        assertEquals(200, login("127.0.0.5", forgetful.email(), forgetful.password()).status());
    }

    @Test
    void oneAddressGuessingManyEmailsIsRefusedAfterTwentyAttempts() {
        Account member = Accounts.aUser(http.raw());
        for (int i = 0; i < 20; i++) {
            assertEquals(401, login("127.0.0.6", "guess" + i + "@nowhere.test", WRONG).status());
        }

        assertRefused(login("127.0.0.6", member.email(), member.password()));
        assertEquals(200, login("127.0.0.7", member.email(), member.password()).status());
    }

    @Test
    void anAccountGuessedFromManyAddressesRefusesThoseThatTriedButLetsTheOwnerInFromANewOne() {
        Account victim = Accounts.aUser(http.raw());
        for (int address = 1; address <= 5; address++) {
            failTimes(4, "127.0.2." + address, victim.email());
        }

        // past the soft limit of 20: an address that has tried gets no further guess in the window
        assertRefused(login("127.0.2.1", victim.email(), WRONG));
        // one that has not may try, once
        assertEquals(401, login("127.0.2.6", victim.email(), WRONG).status());
        assertRefused(login("127.0.2.6", victim.email(), WRONG));
        assertEquals(200, login("127.0.2.7", victim.email(), victim.password()).status());
    }

    @Test
    void anUnknownEmailIsThrottledExactlyLikeAKnownOne() {
        failTimes(5, "127.0.0.10", "nobody-here@nowhere.test");
        assertRefused(login("127.0.0.10", "nobody-here@nowhere.test", WRONG));
    }
}
