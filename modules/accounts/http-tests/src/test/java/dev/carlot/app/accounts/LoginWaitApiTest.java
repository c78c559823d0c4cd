package dev.carlot.app.accounts;

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
 * A throttled address is delayed, never locked out, and an attacker cannot lock the owner out:
 * on a server whose clock the test moves, the right password works again as soon as Retry-After
 * has passed, and a guess now and then from one address never keeps the owner out of another.
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
        server = TestServer.start(clock);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Http.Answer login(String from, Account account, String password) {
        return Loopback.login(server.http(), from, account.email(), password);
    }

    private static Duration retryAfter(String from, Account account) {
        Http.Answer refused = login(from, account, account.password());
        assertEquals(429, refused.status(), refused.text());
        return Duration.ofSeconds(Long.parseLong(refused.header("Retry-After").orElseThrow()));
    }

    private static void failOnce(String from, Account account) {
        assertEquals(401, login(from, account, "a wrong guess").status());
    }

    @Test
    void theRightPasswordWorksAgainOnceRetryAfterHasPassed() {
        Account account = Accounts.aUser(server.http());
        for (int i = 0; i < 5; i++) {
            failOnce("127.0.1.1", account);
        }
        Duration wait = retryAfter("127.0.1.1", account);
        assertEquals(Duration.ofMinutes(15), wait, "the window opened by the first of the five");

        clock.advance(wait.minusSeconds(1));
        assertEquals(429, login("127.0.1.1", account, account.password()).status());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(200, login("127.0.1.1", account, account.password()).status());
    }

    @Test
    void guessingOnEveryWindowFromOneAddressNeverKeepsTheOwnerOutOfAnother() {
        Account owner = Accounts.aUser(server.http());
        for (int window = 0; window < 4; window++) {
            for (int i = 0; i < 5; i++) {
                failOnce("127.0.1.2", owner);
            }
            assertEquals(429, login("127.0.1.2", owner, "yet another guess").status());
            assertEquals(200, login("127.0.1.3", owner, owner.password()).status());
            clock.advance(Duration.ofMinutes(15));
        }
    }
}
