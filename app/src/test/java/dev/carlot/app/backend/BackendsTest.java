package dev.carlot.app.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carlot.app.ConfigurationException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.PersistenceProvider;
import dev.carlot.persistence.Settings;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackendsTest {

    @Test
    void serviceLoaderFindsExactlyTheTwoBackends() {
        assertEquals(Set.of("embedded", "postgres"), Backends.discover().names());
    }

    @Test
    void anUnknownNameListsWhatIsAvailable() {
        var failure = assertThrows(ConfigurationException.class, () -> Backends.discover().named("mysql"));

        assertEquals("no backend 'mysql'; available: embedded, postgres", failure.getMessage());
    }

    @Test
    void twoBackendsWithOneNameAreRefused() {
        var failure = assertThrows(ConfigurationException.class,
                () -> Backends.of(List.of(named("postgres"), named("postgres"))));

        assertTrue(failure.getMessage().startsWith("two backends are named 'postgres'"), failure.getMessage());
    }

    private static PersistenceProvider named(String name) {
        return new PersistenceProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Persistence open(Settings settings) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
