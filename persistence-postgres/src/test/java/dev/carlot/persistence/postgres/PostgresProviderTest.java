package dev.carlot.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.PersistenceProvider;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.UnavailableException;
import dev.carlot.testing.postgres.TestDatabase;
import dev.carlot.testing.postgres.TestDatabases;
import java.lang.module.ModuleDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Opening the backend: settings, and every way connecting can fail. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresProviderTest {

    private final PostgresProvider provider = new PostgresProvider();
    private TestDatabase database;

    @BeforeAll
    void createDatabase() {
        database = TestDatabases.fresh();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    private Settings settings(String... keysAndValues) {
        Map<String, String> values = new HashMap<>(database.settings().values());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Settings.of(values);
    }

    @Test
    void theModuleProvidesThePersistenceProviderNamedPostgres() {
        ModuleDescriptor descriptor = PostgresProvider.class.getModule().getDescriptor();

        assertEquals("dev.carlot.persistence.postgres", descriptor.name());
        assertEquals(List.of(PersistenceProvider.class.getName() + " with " + PostgresProvider.class.getName()),
                descriptor.provides().stream().map(p -> p.service() + " with " + String.join(", ", p.providers()))
                        .toList());
        assertTrue(descriptor.exports().isEmpty(), "a backend exports nothing");
        assertEquals("postgres", provider.name());
    }

    @Test
    void openingAnswersOnlyAfterARealRoundTrip() {
        try (Persistence persistence = provider.open(database.settings())) {
            assertEquals("postgres", persistence.backend());
            assertTrue(persistence.health().version().startsWith("PostgreSQL "));
        }
    }

    @Test
    void aPostgresUrlWithCredentialsOpensLikeAJdbcUrl() {
        try (Persistence persistence = provider.open(Settings.of(Map.of(Settings.URL, database.databaseUrl())))) {
            assertEquals("postgres", persistence.health().backend());
        }
    }

    @Test
    void userAndPasswordSettingsWinOverTheUrl() {
        String url = database.jdbcUrl().replace("jdbc:postgresql://", "postgres://nobody:wrong@");
        try (Persistence persistence = provider.open(settings(Settings.URL, url))) {
            assertEquals("postgres", persistence.backend());
        }
    }

    @Test
    void thePoolSizeSettingSetsThePoolsMaximum() {
        try (Persistence persistence = provider.open(settings(Settings.POOL_SIZE, "3"))) {
            assertEquals(3, persistence.health().pool().max());
        }
    }

    @Test
    void aPoolSizeThatIsNoNumberOrOutOfRangeIsInvalidData() {
        assertThrows(InvalidDataException.class, () -> provider.open(settings(Settings.POOL_SIZE, "many")));
        var invalid = assertThrows(InvalidDataException.class, () -> provider.open(settings(Settings.POOL_SIZE, "0")));
        assertTrue(invalid.getMessage().contains("pool-size"), invalid.getMessage());
    }

    @Test
    void aMissingUrlIsInvalidData() {
        var invalid = assertThrows(InvalidDataException.class, () -> provider.open(Settings.of(Map.of())));
        assertEquals("missing setting 'url'", invalid.getMessage());
    }

    @Test
    void aServerThatRefusesTheConnectionIsUnavailableWithinSeconds() {
        var unavailable = assertThrows(UnavailableException.class,
                () -> provider.open(settings(Settings.URL, "postgres://u:hunter2@127.0.0.1:1/carlot")));

        assertEquals("cannot connect to PostgreSQL at 127.0.0.1:1: connection refused", unavailable.getMessage());
    }

    @Test
    void anUnknownHostIsUnavailable() {
        var unavailable = assertThrows(UnavailableException.class,
                () -> provider.open(settings(Settings.URL, "postgres://u@no-such-host.invalid/carlot")));

        assertEquals("cannot connect to PostgreSQL at no-such-host.invalid:5432: unknown host",
                unavailable.getMessage());
    }

    @Test
    void anUnknownDatabaseIsUnavailableNamingIt() {
        String url = database.jdbcUrl().replace(database.name(), "carlot_no_such_database");

        var unavailable = assertThrows(UnavailableException.class, () -> provider.open(settings(Settings.URL, url)));

        assertTrue(unavailable.getMessage().startsWith("cannot connect to PostgreSQL at "), unavailable.getMessage());
        assertTrue(unavailable.getMessage().endsWith("database \"carlot_no_such_database\" does not exist"),
                unavailable.getMessage());
    }

    @Test
    void aWrongPasswordIsUnavailableNamingTheUserButNotThePassword() {
        String role = "carlot_t_" + database.name().substring("carlot_t_".length()) + "_role";
        database.run("create role " + role + " login password 'right-password'");
        try {
            Settings wrong = settings(Settings.USER, role, Settings.PASSWORD, "hunter2");
            assumeTrue(refusesWrongPasswords(wrong), "the test server trusts TCP logins; cannot test passwords");

            var unavailable = assertThrows(UnavailableException.class, () -> provider.open(wrong));

            assertTrue(unavailable.getMessage().endsWith("password authentication failed for user \"" + role + "\""),
                    unavailable.getMessage());
            assertFalse(unavailable.getMessage().contains("hunter2"));
        } finally {
            database.run("drop role " + role);
        }
    }

    /** A server configured with "trust" lets any password in; only then is there nothing to test. */
    private boolean refusesWrongPasswords(Settings wrong) {
        try (Persistence ignored = provider.open(wrong)) {
            return false;
        } catch (UnavailableException expected) {
            return true;
        }
    }
}
