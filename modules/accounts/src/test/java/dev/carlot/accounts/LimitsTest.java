package dev.carlot.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The throttles' and the hashing bound's settings, as read from {@code carlot.accounts.*}. */
class LimitsTest {

    /** The accounts section, as the feature is given it. */
    private static Config config(Map<String, String> values) {
        return Config.just(ConfigSources.create(values)).get("carlot.accounts");
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        Config none = config(Map.of());
        assertEquals(new LoginLimits(5, 20, 20, Duration.ofMinutes(15)), LoginLimits.from(none));
        assertEquals(new RegistrationLimits(10, Duration.ofHours(1)), RegistrationLimits.from(none));
        assertEquals(new HashingLimits(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), Duration.ofSeconds(1)),
                HashingLimits.from(none));
    }

    @Test
    void eachLimitIsReadFromItsKey() {
        var config = config(Map.of(
                "carlot.accounts.login-limit.account-client-failures", "3",
                "carlot.accounts.login-limit.client-failures", "30",
                "carlot.accounts.login-limit.account-failures", "50",
                "carlot.accounts.login-limit.window", "PT1H",
                "carlot.accounts.register-limit.client-attempts", "2",
                "carlot.accounts.register-limit.window", "PT10M",
                "carlot.accounts.hashing.concurrency", "1",
                "carlot.accounts.hashing.max-wait", "PT0.2S"));
        assertEquals(new LoginLimits(3, 30, 50, Duration.ofHours(1)), LoginLimits.from(config));
        assertEquals(new RegistrationLimits(2, Duration.ofMinutes(10)), RegistrationLimits.from(config));
        assertEquals(new HashingLimits(1, Duration.ofMillis(200)), HashingLimits.from(config));
    }

    @Test
    void unusableValuesAreRefusedWithTheirFullKey() {
        var zero = assertThrows(IllegalArgumentException.class, () -> LoginLimits.from(config(Map.of(
                "carlot.accounts.login-limit.client-failures", "0"))));
        assertTrue(zero.getMessage().contains("carlot.accounts.login-limit.client-failures"), zero.getMessage());
        var words = assertThrows(IllegalArgumentException.class, () -> RegistrationLimits.from(config(Map.of(
                "carlot.accounts.register-limit.window", "1 hour"))));
        assertTrue(words.getMessage().contains("carlot.accounts.register-limit.window"), words.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HashingLimits.from(config(Map.of(
                "carlot.accounts.hashing.concurrency", "many"))));
    }
}
