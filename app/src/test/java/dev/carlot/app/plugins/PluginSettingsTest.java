package dev.carlot.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.AppConfig;
import dev.carlot.app.CommandLine;
import dev.carlot.feature.ConfigValues;
import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plugins' part of the configuration, from flags and the environment, and a plugin's own section. */
class PluginSettingsTest {

    private static PluginSettings settings(Map<String, String> environment, String... flags) {
        return PluginSettings.from(AppConfig.load(CommandLine.parse(flags), environment).config());
    }

    @Test
    void theDirectoryComesFromTheEnvironmentAndAFlagWins() {
        assertEquals(Path.of("plugins"), settings(Map.of()).dir());
        assertEquals(Path.of("/srv/plugins"), settings(Map.of("CARLOT_PLUGINS_DIR", "/srv/plugins")).dir());
        assertEquals(Path.of("/opt/p"), settings(Map.of("CARLOT_PLUGINS_DIR", "/srv/plugins"), "--plugins-dir=/opt/p").dir());
    }

    @Test
    void theBundledDirectoryComesFromTheEnvironmentAndAFlagWinsAndIsNoneUnlessSet() {
        assertEquals(Optional.empty(), settings(Map.of()).bundledDir());
        assertEquals(Optional.empty(), settings(Map.of("CARLOT_BUNDLED_PLUGINS_DIR", "")).bundledDir());
        assertEquals(Optional.of(Path.of("/opt/carlot/bundled")),
                settings(Map.of("CARLOT_BUNDLED_PLUGINS_DIR", "/opt/carlot/bundled")).bundledDir());
        assertEquals(Optional.of(Path.of("/b")), settings(Map.of("CARLOT_BUNDLED_PLUGINS_DIR", "/opt/carlot/bundled"),
                "--bundled-plugins-dir=/b").bundledDir());
    }

    @Test
    void aPluginsSectionComesFromTheEnvironmentWithDashesSpelledOut() {
        Config section = settings(Map.of("CARLOT_PLUGINS_TEST_DASH_DRIVES_SLOT_DASH_MINUTES", "45"))
                .section("test-drives");
        assertEquals(45, ConfigValues.whole(section.get("slot-minutes"), 30));
    }

    @Test
    void aPluginsSectionHoldsNothingElseAndKeepsItsFullKeys() {
        Config section = settings(Map.of("DATABASE_URL", "postgres://owner:secret@db/carlot"),
                "--carlot.plugins.hello.greeting=hi", "--carlot.plugins.other.key=x").section("hello");
        assertEquals("carlot.plugins.hello.greeting", section.get("greeting").key().toString());
        assertFalse(section.context().last().get("carlot.database.url").exists());
        assertFalse(section.context().last().get("carlot.plugins.other.key").exists());
    }

    @Test
    void aPluginIsEnabledUnlessSetFalse() {
        PluginSettings settings = settings(Map.of("CARLOT_PLUGINS_HELLO_ENABLED", "false"));
        assertFalse(settings.enabled("hello"));
        assertTrue(settings.enabled("greet"));
    }
}
