package dev.carlot.persistence.contract.plugin;

import dev.carlot.persistence.plugin.PluginSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Plugins made up for a test: their migration scripts written into a directory, found by Flyway
 * through a class loader of their own, as a plugin layer's loader would find them in its jars.
 */
public final class PluginScripts {
    public static final String LOCATION = "carlot-plugin/migrations";

    private PluginScripts() {
    }

    /** A plugin named {@code name} whose migrations are {@code scripts} (file name to SQL). */
    public static PluginSchema plugin(Path root, String name, Map<String, String> scripts) {
        Path dir = root.resolve(name);
        try {
            Files.createDirectories(dir.resolve(LOCATION));
            for (Map.Entry<String, String> script : scripts.entrySet()) {
                Files.writeString(dir.resolve(LOCATION).resolve(script.getKey()), script.getValue());
            }
            ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
            return new PluginSchema(name, loader, List.of("classpath:" + LOCATION));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bookings of cars: a foreign key to the core's cars and a plugin constraint of its own. */
    public static Map<String, String> bookings() {
        return Map.of("V1__bookings.sql", """
                create table bookings (
                    id bigint generated always as identity primary key,
                    car_id bigint not null references public.cars (id) on delete cascade,
                    slot_start timestamptz not null,
                    note text,
                    constraint bookings_one_per_slot unique (car_id, slot_start)
                );
                """, "V2__booking_confirmed.sql", """
                alter table bookings add column confirmed boolean not null default false;
                """);
    }

    /** A table of notes, and nothing pointing at the core. */
    public static Map<String, String> notes() {
        return Map.of("V1__notes.sql", "create table notes (id bigint primary key, body text not null);");
    }
}
