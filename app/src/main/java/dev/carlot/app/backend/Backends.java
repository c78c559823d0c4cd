package dev.carlot.app.backend;

import dev.carlot.app.AppConfig;
import dev.carlot.app.ConfigurationException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.PersistenceProvider;
import java.util.Collection;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The backends on the module path, by name. Selection never falls back: an unknown name is an
 * error that lists what is there.
 */
public final class Backends {
    private final Map<String, PersistenceProvider> byName;

    private Backends(Map<String, PersistenceProvider> byName) {
        this.byName = byName;
    }

    /** Every {@link PersistenceProvider} that {@link ServiceLoader} finds. */
    public static Backends discover() {
        return of(ServiceLoader.load(PersistenceProvider.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    /** @throws ConfigurationException when two providers claim the same name */
    public static Backends of(Collection<PersistenceProvider> providers) {
        Map<String, PersistenceProvider> byName = new TreeMap<>();
        for (PersistenceProvider provider : providers) {
            PersistenceProvider other = byName.putIfAbsent(provider.name(), provider);
            if (other != null) {
                throw new ConfigurationException("two backends are named '" + provider.name() + "' ("
                        + other.getClass().getName() + " and " + provider.getClass().getName()
                        + "); remove one of their modules from the module path");
            }
        }
        return new Backends(byName);
    }

    public SortedSet<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    /** @throws ConfigurationException for a name no backend has */
    public PersistenceProvider named(String name) {
        PersistenceProvider provider = byName.get(name);
        if (provider == null) {
            throw new ConfigurationException("no backend '" + name + "'; available: " + String.join(", ", names()));
        }
        return provider;
    }

    /** Opens the configured backend; its failures are the backend's own persistence errors. */
    public Persistence open(AppConfig.Database database) {
        return named(database.backend()).open(database.settings());
    }

    /** Opens the configured backend for a command that may run beside {@code carlot serve} on the same database. */
    public Persistence openBesideRunningServer(AppConfig.Database database) {
        PersistenceProvider provider = named(database.backend());
        return provider.open(provider.besideRunningServer(database.settings()));
    }
}
