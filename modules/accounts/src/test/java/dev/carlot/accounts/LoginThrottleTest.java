package dev.carlot.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final String ALICE = "alice@example.com";
    private static final String HOME = "192.0.2.1";

    /** A clock the test moves by hand, so windows pass without sleeping. */
    private static final class Hands extends Clock {
        private Instant now = Instant.parse("2026-11-22T00:00:00Z");

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

    private final Hands clock = new Hands();
    private final LoginThrottle throttle = new LoginThrottle(LoginLimits.defaults(), clock);

    private void fail(int times, String email, String client) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, client);
        }
    }

    @Test
    void fourFailuresOfAnAccountStillLetItTry() {
        fail(4, ALICE, HOME);
        assertEquals(Optional.empty(), throttle.wait(ALICE, HOME));
    }

    @Test
    void theFifthFailureRefusesTheAccountForThirtySecondsFromAnyAddress() {
        fail(5, ALICE, HOME);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.wait(ALICE, "198.51.100.7"));
        assertEquals(Optional.empty(), throttle.wait("bob@example.com", "198.51.100.7"));
    }

    @Test
    void everyFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
        fail(5, ALICE, HOME);
        long[] expected = {60, 120, 240, 480, 900, 900};
        for (long seconds : expected) {
            clock.advance(throttle.wait(ALICE, HOME).orElseThrow());
            throttle.failed(ALICE, HOME);
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.wait(ALICE, "198.51.100.7"));
        }
    }

    @Test
    void theWaitEndsByItself() {
        fail(12, ALICE, HOME);
        clock.advance(Duration.ofMinutes(15));
        assertEquals(Optional.empty(), throttle.wait(ALICE, HOME));
    }

    @Test
    void failuresAreForgottenAWindowAfterTheLastOne() {
        fail(4, ALICE, HOME);
        clock.advance(Duration.ofMinutes(15));
        throttle.failed(ALICE, HOME);
        assertEquals(Optional.empty(), throttle.wait(ALICE, HOME));
    }

    @Test
    void aSuccessfulLoginClearsTheAccountButNotTheClient() {
        fail(4, ALICE, HOME);
        fail(15, "mallory@example.com", HOME);
        throttle.succeeded(ALICE);
        throttle.failed(ALICE, HOME);
        assertEquals(Optional.empty(), throttle.wait(ALICE, "198.51.100.7"));
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.wait(ALICE, HOME));
    }

    @Test
    void oneClientGuessingManyEmailsIsRefusedAfterTwentyFailures() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i + "@example.com", HOME);
        }
        assertEquals(Optional.empty(), throttle.wait("new@example.com", HOME));
        throttle.failed("user19@example.com", HOME);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.wait("new@example.com", HOME));
        assertEquals(Optional.empty(), throttle.wait("new@example.com", "198.51.100.7"));
    }

    @Test
    void theWaitIsRoundedUpToWholeSeconds() {
        fail(5, ALICE, HOME);
        clock.advance(Duration.ofMillis(29_001));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.wait(ALICE, HOME));
    }

    @Test
    void memoryIsBoundedByEvictingTheStalestKey() {
        var limits = new LoginLimits(2, 1000, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15), 3);
        var small = new LoginThrottle(limits, clock);
        small.failed(ALICE, HOME);
        small.failed(ALICE, HOME);
        for (String other : new String[] {"b@example.com", "c@example.com", "d@example.com"}) {
            clock.advance(Duration.ofSeconds(1));
            small.failed(other, HOME);
        }
        // Alice's entry was the stalest of three live ones when d@ arrived
        assertEquals(Optional.empty(), small.wait(ALICE, "198.51.100.7"));
    }

    @Test
    void limitsAreReadFromConfiguration() {
        var config = Config.just(ConfigSources.create(Map.of(
                "carlot.accounts.login-limit.account-failures", "3",
                "carlot.accounts.login-limit.window", "PT1H",
                "carlot.accounts.login-limit.max-block", "PT5M")));
        var limits = LoginLimits.from(config);
        assertEquals(3, limits.perAccount());
        assertEquals(20, limits.perClient());
        assertEquals(Duration.ofHours(1), limits.window());
        assertEquals(Duration.ofMinutes(5), limits.maxBlock());
    }

    @Test
    void unusableLimitsAreRefusedWithTheirKey() {
        var e = assertThrows(IllegalArgumentException.class, () -> LoginLimits.from(Config.just(
                ConfigSources.create(Map.of("carlot.accounts.login-limit.client-failures", "0")))));
        assertTrue(e.getMessage().contains("carlot.accounts.login-limit.client-failures"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LoginLimits.from(Config.just(
                ConfigSources.create(Map.of("carlot.accounts.login-limit.window", "15 minutes")))));
    }
}
