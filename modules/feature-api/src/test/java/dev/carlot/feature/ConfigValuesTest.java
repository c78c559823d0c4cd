package dev.carlot.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {

    private static Config section(Map<String, String> values) {
        return Config.just(ConfigSources.create(values)).get("carlot.demo");
    }

    @Test
    void aValueWithStraySpacesIsRead() {
        Config demo = section(Map.of("carlot.demo.count", " 3 ", "carlot.demo.wait", " PT2S "));
        assertEquals(3, ConfigValues.positive(demo.get("count"), 1));
        assertEquals(Duration.ofSeconds(2), ConfigValues.duration(demo.get("wait"), Duration.ofSeconds(1)));
    }

    @Test
    void anUnsetOrBlankValueGivesTheFallback() {
        Config demo = section(Map.of("carlot.demo.count", "  "));
        assertEquals(7, ConfigValues.whole(demo.get("count"), 7));
        assertEquals(Duration.ofMinutes(1), ConfigValues.duration(demo.get("wait"), Duration.ofMinutes(1)));
    }

    @Test
    void aRefusalNamesTheFullKeyAndTheValue() {
        Config demo = section(Map.of("carlot.demo.count", "three", "carlot.demo.wait", "2 s", "carlot.demo.zero", "0"));
        var word = assertThrows(IllegalArgumentException.class, () -> ConfigValues.whole(demo.get("count"), 1));
        assertTrue(word.getMessage().contains("carlot.demo.count") && word.getMessage().contains("'three'"),
                word.getMessage());
        var duration = assertThrows(IllegalArgumentException.class,
                () -> ConfigValues.duration(demo.get("wait"), Duration.ZERO));
        assertTrue(duration.getMessage().contains("carlot.demo.wait"), duration.getMessage());
        var zero = assertThrows(IllegalArgumentException.class, () -> ConfigValues.positive(demo.get("zero"), 1));
        assertTrue(zero.getMessage().contains("carlot.demo.zero"), zero.getMessage());
    }

    @Test
    void aFlagTakesTheUsualWordsInAnyCaseAndRefusesOthersByKey() {
        Config demo = section(Map.of("carlot.demo.on", " Yes ", "carlot.demo.off", "0", "carlot.demo.odd", "maybe"));
        assertTrue(ConfigValues.flag(demo.get("on"), false));
        assertEquals(false, ConfigValues.flag(demo.get("off"), true));
        assertTrue(ConfigValues.flag(demo.get("unset"), true));
        var odd = assertThrows(IllegalArgumentException.class, () -> ConfigValues.flag(demo.get("odd"), false));
        assertTrue(odd.getMessage().contains("carlot.demo.odd") && odd.getMessage().contains("'maybe'"), odd.getMessage());
    }

    @Test
    void aWholeNumberOutsideItsRangeIsRefusedWithTheRange() {
        Config demo = section(Map.of("carlot.demo.port", "70000", "carlot.demo.fine", "8080"));
        assertEquals(8080, ConfigValues.whole(demo.get("fine"), 0, 0, 65535));
        var far = assertThrows(IllegalArgumentException.class, () -> ConfigValues.whole(demo.get("port"), 0, 0, 65535));
        assertTrue(far.getMessage().contains("carlot.demo.port") && far.getMessage().contains("from 0 to 65535"),
                far.getMessage());
    }
}
