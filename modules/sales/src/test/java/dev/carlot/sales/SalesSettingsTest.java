package dev.carlot.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesSettingsTest {

    private static SalesSettings read(Map<String, String> values) {
        return SalesSettings.from(Config.just(ConfigSources.create(values)).get("carlot.sales"));
    }

    @Test
    void defaultsAreFivePendingOrdersTwoDaysAndAMinute() {
        assertEquals(new SalesSettings(5, Duration.ofDays(2), Duration.ofMinutes(1)), read(Map.of()));
    }

    @Test
    void readsEveryKey() {
        var settings = read(Map.of("carlot.sales.max-pending-orders", " 2 ", "carlot.sales.pending-order-ttl", "PT12H",
                "carlot.sales.expiry-period", "PT10S"));
        assertEquals(new SalesSettings(2, Duration.ofHours(12), Duration.ofSeconds(10)), settings);
    }

    @Test
    void refusesACapBelowOneOrNotANumber() {
        var zero = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("carlot.sales.max-pending-orders", "0")));
        assertTrue(zero.getMessage().contains("at least 1"), zero.getMessage());
        var word = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("carlot.sales.max-pending-orders", "five")));
        assertTrue(word.getMessage().contains("'five'"), word.getMessage());
    }

    @Test
    void refusesDurationsThatAreNotPositiveIso8601() {
        var days = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("carlot.sales.pending-order-ttl", "2 days")));
        assertTrue(days.getMessage().contains("carlot.sales.pending-order-ttl"), days.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("carlot.sales.expiry-period", "PT0S")));
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("carlot.sales.pending-order-ttl", "-P1D")));
    }
}
