package dev.carlot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.persistence.Settings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    private static AppConfig load(Map<String, String> environment, String... flags) {
        return AppConfig.load(CommandLine.parse(flags), environment);
    }

    @Test
    void withNothingSetItServesTheEmbeddedBackendOnPort8080() {
        AppConfig config = load(Map.of());

        assertEquals(new AppConfig.Server("0.0.0.0", 8080, false), config.server());
        assertEquals("embedded", config.database().backend());
        assertEquals(Optional.of("./data"), config.database().settings().get(Settings.DATA_DIR));
        assertEquals(new AppConfig.Startup(true, true), config.startup());
        assertEquals(new AppConfig.Seed(Optional.empty()), config.seed());
    }

    @Test
    void aDatabaseUrlSelectsPostgres() {
        AppConfig config = load(Map.of("DATABASE_URL", "postgres://carlot@db:5432/carlot"));

        assertEquals("postgres", config.database().backend());
        assertEquals(Optional.of("postgres://carlot@db:5432/carlot"), config.database().settings().get(Settings.URL));
    }

    @Test
    void carlotBackendWinsOverTheUrl() {
        AppConfig config = load(Map.of("DATABASE_URL", "postgres://db/carlot", "CARLOT_BACKEND", "embedded"));

        assertEquals("embedded", config.database().backend());
    }

    @Test
    void flagsWinOverTheEnvironmentWhichWinsOverTheFile() {
        assertEquals(9090, load(Map.of("PORT", "9090")).server().port());
        assertEquals(7070, load(Map.of("PORT", "9090"), "--port=7070").server().port());
    }

    @Test
    void everyDocumentedVariableReachesItsKey() {
        AppConfig config = load(Map.of("CARLOT_DATA_DIR", "/var/lib/carlot", "CARLOT_SEED_PASSWORD", "s3cret!${x}",
                "CARLOT_MIGRATE_ON_START", "false", "CARLOT_SEED_ON_START", "no", "CARLOT_BCRYPT_COST", "10",
                "CARLOT_POOL_SIZE", "20", "CARLOT_HOST", "127.0.0.1"));

        assertEquals(Optional.of("/var/lib/carlot"), config.database().settings().get(Settings.DATA_DIR));
        assertEquals(Optional.of("20"), config.database().settings().get(Settings.POOL_SIZE));
        assertEquals(new AppConfig.Seed(Optional.of("s3cret!${x}")), config.seed());
        assertEquals(new AppConfig.Startup(false, false), config.startup());
        assertEquals(new AppConfig.Server("127.0.0.1", 8080, true), config.server());
        assertEquals("10", config.config().get("carlot.accounts.bcrypt-cost").asString().get(),
                "the accounts feature reads it from its section");
    }

    @Test
    void aFlagSpelledLikeAKeySetsThatKey() {
        AppConfig config = load(Map.of(), "--carlot.database.pool-size=3");

        assertEquals(Optional.of("3"), config.database().settings().get(Settings.POOL_SIZE));
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseNamesItsVariableAndItsOption() {
        var failure = assertThrows(ConfigurationException.class, () -> load(Map.of("CARLOT_MIGRATE_ON_START", "maybe")));

        assertTrue(failure.getMessage().contains("CARLOT_MIGRATE_ON_START or --migrate-on-start"), failure.getMessage());
        assertTrue(failure.getMessage().contains("'maybe'"), failure.getMessage());
    }

    @Test
    void aPortOutOfRangeSaysTheRange() {
        var failure = assertThrows(ConfigurationException.class, () -> load(Map.of(), "--port=70000"));

        assertTrue(failure.getMessage().contains("from 0 to 65535"), failure.getMessage());
        assertTrue(failure.getMessage().contains("PORT or --port"), failure.getMessage());
    }

    @Test
    void aPortThatIsNotANumberNamesWhereItCameFrom() {
        var failure = assertThrows(ConfigurationException.class, () -> load(Map.of("PORT", "eighty")));

        assertTrue(failure.getMessage().contains("PORT or --port"), failure.getMessage());
        assertTrue(failure.getMessage().contains("'eighty'"), failure.getMessage());
    }

    @Test
    void aSwitchThatIsNotABooleanIsRefused() {
        assertThrows(ConfigurationException.class, () -> load(Map.of("CARLOT_SEED_ON_START", "maybe")));
    }

    @Test
    void theBackendSettingItselfIsNotPassedToTheBackend() {
        AppConfig config = load(Map.of("CARLOT_BACKEND", "postgres"));

        assertFalse(config.database().settings().values().containsKey("backend"));
    }
}
