package dev.carlot.persistence.plugin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of a plugin's query, read by column name. A value that is SQL NULL can only be read
 * through the {@code optional...} methods; the others throw {@link IllegalStateException} for
 * it, and for a column the query does not have, naming the column.
 */
public interface PluginRow {

    /** An integer column (smallint, integer, bigint). */
    long longValue(String column);

    /** An integer column that may be NULL. */
    Optional<Long> optionalLong(String column);

    /** A text column. */
    String string(String column);

    /** A text column that may be NULL. */
    Optional<String> optionalString(String column);

    /** A timestamptz column. */
    Instant instant(String column);

    /** A timestamptz column that may be NULL. */
    Optional<Instant> optionalInstant(String column);

    /** A boolean column. */
    boolean bool(String column);

    /** A numeric column, exactly. */
    BigDecimal decimal(String column);
}
