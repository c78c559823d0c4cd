package dev.carlot.app.accounts;

import static dev.carlot.app.accounts.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carlot.app.Http;
import dev.carlot.app.TestServer;
import dev.carlot.app.accounts.Accounts.Account;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A throttled account is delayed, never locked out: on a server whose clock the test moves,
 * the right password works again as soon as Retry-After has passed, however long the guessing
 * went on. (The per-address budget is raised here, so that only the account's count matters.)
 */
class LoginWaitApiTest {
    /** The server's "now", moved by hand instead of waiting. */
    private static final class Hands extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static final Hands clock = new Hands();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock, "--carlot.accounts.login-limit.client-failures=1000");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Http.Answer login(Account account, String password) {
        return server.http().post("/api/auth/login", credentials(account.email(), password));
    }

    private static Duration retryAfter(Account account) {
        Http.Answer refused = login(account, account.password());
        assertEquals(429, refused.status(), refused.text());
        return Duration.ofSeconds(Long.parseLong(refused.header("Retry-After").orElseThrow()));
    }

    private static void failOnce(Account account) {
        assertEquals(401, login(account, "a wrong guess").status());
    }

    @Test
    void theRightPasswordWorksAgainOnceRetryAfterHasPassed() {
        Account account = Accounts.aUser(server.http());
        for (int i = 0; i < 5; i++) {
            failOnce(account);
        }
        Duration wait = retryAfter(account);
        assertEquals(Duration.ofSeconds(30), wait);

        clock.advance(wait.minusSeconds(1));
        assertEquals(429, login(account, account.password()).status());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(200, login(account, account.password()).status());
    }

    @Test
    void longGuessingDelaysTheOwnerAtMostFifteenMinutes() {
        Account account = Accounts.aUser(server.http());
        for (int i = 0; i < 5; i++) {
            failOnce(account);
        }
        Duration wait = Duration.ZERO;
        for (int round = 0; round < 10; round++) {
            wait = retryAfter(account);
            clock.advance(wait);
            failOnce(account);
        }
        wait = retryAfter(account);
        assertEquals(Duration.ofMinutes(15), wait);

        clock.advance(wait);
        assertEquals(200, login(account, account.password()).status());
    }
}
