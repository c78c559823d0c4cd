package dev.carlot.persistence.contract.plugin;

import dev.carlot.persistence.Persistence;
import dev.carlot.persistence.contract.Fixtures;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.plugin.PluginSchema;
import dev.carlot.persistence.plugin.PluginStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the plugin stores' contracts stand on, run unchanged by every backend. A backend opens a migrated, empty
 * database whose pool has ONE connection, so every transaction here, the core's and the
 * plugins', runs on the same session and whatever a plugin transaction left behind would show.
 * The tests are in {@link PluginStoresContract} and {@link PluginBoundaryContract}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PluginContract {
    protected static final Instant TEN_AM = Instant.parse("2027-03-01T10:00:00Z");

    protected Persistence db;
    protected Fixtures given;
    private Path scripts;
    private final List<String> roles = new ArrayList<>();

    /** A migrated, empty database of the backend under test, with a pool of one connection. */
    protected abstract Persistence openFresh();

    /**
     * Runs after the persistence is closed with the plugin roles the tests created, which a
     * shared server keeps after its databases are dropped.
     */
    protected abstract void afterClose(List<String> pluginRoles);

    @BeforeAll
    final void open() throws IOException {
        scripts = Files.createTempDirectory("carlot-plugin-scripts");
        db = openFresh();
        given = new Fixtures(db);
    }

    @AfterAll
    final void close() {
        try {
            db.close();
        } finally {
            afterClose(roles);
        }
    }

    /** A plugin with a name no other test uses (roles belong to the whole server). */
    protected PluginSchema aPlugin(String prefix, java.util.Map<String, String> migrations) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        PluginSchema plugin = PluginScripts.plugin(scripts, name, migrations);
        roles.add(plugin.role());
        return plugin;
    }

    protected PluginSchema bookingsPlugin() {
        return aPlugin("bookings", PluginScripts.bookings());
    }

    protected static long book(PluginStore store, Car car, Instant slot) {
        return store.inTransaction(sql -> sql.one("insert into bookings (car_id, slot_start) values (?, ?) returning id",
                row -> row.longValue("id"), car.id(), slot)).orElseThrow();
    }
}
