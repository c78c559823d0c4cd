package dev.carlot.persistence.embedded;

import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.PersistenceProvider;
import dev.carlot.persistence.Settings;
import dev.carlot.persistence.UnavailableException;

import java.util.ServiceLoader;

/**
 * The "embedded" backend: PostgreSQL run by this process over a data directory
 * ({@link Settings#DATA_DIR}, default {@code ./data}), with the "postgres" backend's store on
 * top of it. {@link Settings#POOL_SIZE} and any other key go to that backend unchanged.
 */
public final class EmbeddedProvider implements PersistenceProvider {
    public static final String NAME = "embedded";
    /**
     * {@code true}: when another Carlot holds the data directory, talk to its server (port and
     * password are in the directory) instead of refusing. Default {@code false}.
     */
    static final String ATTACH = "attach";
    static final String DEFAULT_DATA_DIR = "./data";
    private static final String STORE_BACKEND = "postgres";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Persistence open(Settings settings) {
        PersistenceProvider store = storeProvider();
        boolean attach = attach(settings);
        var dir = DataDirectory.of(settings.get(Settings.DATA_DIR).orElse(DEFAULT_DATA_DIR));
        ServerAccess server = ServerAccess.obtain(dir, attach);
        try {
            return new EmbeddedPersistence(store.open(server.endpoint().applyTo(settings)), server.release());
        } catch (RuntimeException e) {
            server.release().run();
            throw e;
        }
    }

    /** A command beside {@code carlot serve} talks to the server that holds the data directory. */
    @Override
    public Settings besideRunningServer(Settings settings) {
        return settings.with(ATTACH, "true");
    }

    private static boolean attach(Settings settings) {
        String value = settings.get(ATTACH).orElse("false").trim();
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidDataException("setting '" + ATTACH + "' must be true or false, not '" + value + "'");
        }
        return value.equals("true");
    }

    /** Looked up rather than required, so the embedded module holds no SQL and no driver code. */
    private static PersistenceProvider storeProvider() {
        return ServiceLoader.load(PersistenceProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(STORE_BACKEND))
                .findFirst()
                .orElseThrow(() -> new UnavailableException("the embedded backend needs the postgres backend"
                        + " (module dev.carlot.persistence.postgres) on the module path"));
    }
}
