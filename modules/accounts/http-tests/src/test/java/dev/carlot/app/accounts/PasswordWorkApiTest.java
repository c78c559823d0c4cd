package dev.carlot.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.Http;
import dev.carlot.persistence.data.NewUser;
import dev.carlot.persistence.data.Role;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Password hashing is bounded (to one at a time here, with a 50 ms wait for a turn): while one
 * slow check holds the only turn, other password work is refused with 503 and Retry-After
 * instead of piling up on the processors.
 */
class PasswordWorkApiTest {
    @RegisterExtension
    static final CheckedHttp http = CheckedHttp.onFreshServer("--carlot.accounts.hashing.concurrency=1",
            "--carlot.accounts.hashing.max-wait=PT0.05S");

    @Test
    void passwordWorkBeyondTheBoundGets503WithRetryAfter() {
        // bcrypt's cost travels in the stored hash: checking against this one takes seconds, not milliseconds
        // (cost 15, then a 22-character salt and a 31-character digest)
        String slowHash = "$2a$15$" + "s".repeat(22) + "x".repeat(31);
        http.server().persistence().repositories().users().create(new NewUser("slow@example.com", "Slow", Role.USER, slowHash));
        CompletableFuture<Http.Answer> holder = CompletableFuture.supplyAsync(
                () -> Loopback.login(http.raw(), "127.0.5.1", "slow@example.com", "anything at all"));

        Optional<Http.Answer> busy = Optional.empty();
        for (int i = 0; busy.isEmpty() && !holder.isDone() && i < 2_000; i++) {
            Http.Answer answer = Loopback.login(http.raw(), "127.0.5." + (2 + i % 200), "nobody" + i + "@example.com", "guess");
            busy = Optional.of(answer).filter(a -> a.status() == 503);
        }

        assertTrue(busy.isPresent(), "no request was refused while the slow check ran");
        assertEquals("1", busy.get().header("Retry-After").orElseThrow());
        assertEquals("application/problem+json", busy.get().contentType());
        assertEquals(401, holder.join().status());
        assertEquals(201, Loopback.post(http.raw(), "127.0.5.250", "/api/auth/register", jakarta.json.Json
                .createObjectBuilder().add("email", "after@example.com").add("name", "After")
                .add("password", Accounts.PASSWORD).build()).status(), "the turn came back");
    }
}
