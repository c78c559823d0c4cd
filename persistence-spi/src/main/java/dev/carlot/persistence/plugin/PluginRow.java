package dev.carlot.persistence.plugin;

import java.time.Instant;
import java.util.Optional;

/** One row of a plugin's query, read by column name. */
public interface PluginRow {

    long longValue(String column);

    String string(String column);

    Optional<String> optionalString(String column);

    Instant instant(String column);

    boolean bool(String column);
}
