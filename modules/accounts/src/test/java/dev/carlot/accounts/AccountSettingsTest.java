package dev.carlot.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountSettingsTest {

    private static AccountSettings read(Map<String, String> values) {
        return AccountSettings.from(Config.just(ConfigSources.create(values)).get("carlot.accounts"));
    }

    @Test
    void defaultsAreCost12AndSevenDays() {
        var settings = read(Map.of());
        assertEquals(12, settings.bcryptCost());
        assertEquals(Duration.ofDays(7), settings.tokenTtl());
    }

    @Test
    void readsBothKeys() {
        var settings = read(Map.of("carlot.accounts.bcrypt-cost", "4", "carlot.accounts.token-ttl", "PT12H"));
        assertEquals(4, settings.bcryptCost());
        assertEquals(Duration.ofHours(12), settings.tokenTtl());
    }

    @Test
    void refusesACostJbcryptCannotUse() {
        var e = assertThrows(IllegalArgumentException.class, () -> read(Map.of("carlot.accounts.bcrypt-cost", "3")));
        assertTrue(e.getMessage().contains("between 4 and 30"), e.getMessage());
        var tooSlow = assertThrows(IllegalArgumentException.class, () -> read(Map.of("carlot.accounts.bcrypt-cost", "31")));
        assertTrue(tooSlow.getMessage().contains("carlot.accounts.bcrypt-cost"), tooSlow.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("carlot.accounts.bcrypt-cost", "twelve")));
    }

    @Test
    void refusesAMalformedOrNonPositiveTtl() {
        var e = assertThrows(IllegalArgumentException.class, () -> read(Map.of("carlot.accounts.token-ttl", "7 days")));
        assertTrue(e.getMessage().contains("ISO-8601"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("carlot.accounts.token-ttl", "PT0S")));
    }
}
