package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.plugin.PluginRow;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The current row of a plugin's result set; a missing column or an unexpected NULL names the column. */
final class PostgresPluginRow implements PluginRow {
    private final ResultSet rows;

    PostgresPluginRow(ResultSet rows) {
        this.rows = rows;
    }

    @Override
    public long longValue(String column) {
        return required(column, optionalLong(column));
    }

    @Override
    public Optional<Long> optionalLong(String column) {
        // getObject(column, Long.class) refuses int2 and int4 columns (pg_backend_pid(), an integer
        // column), which the contract promises; getLong reads every integer type
        try {
            long value = rows.getLong(column);
            return rows.wasNull() ? Optional.empty() : Optional.of(value);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read column '" + column + "' as a whole number: " + e.getMessage(), e);
        }
    }

    @Override
    public String string(String column) {
        return required(column, optionalString(column));
    }

    @Override
    public Optional<String> optionalString(String column) {
        return read(column, String.class);
    }

    @Override
    public Instant instant(String column) {
        return required(column, optionalInstant(column));
    }

    @Override
    public Optional<Instant> optionalInstant(String column) {
        return read(column, OffsetDateTime.class).map(OffsetDateTime::toInstant);
    }

    @Override
    public boolean bool(String column) {
        return required(column, read(column, Boolean.class));
    }

    @Override
    public BigDecimal decimal(String column) {
        return required(column, read(column, BigDecimal.class));
    }

    private <T> Optional<T> read(String column, Class<T> type) {
        try {
            return Optional.ofNullable(rows.getObject(column, type));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read column '" + column + "' as " + type.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static <T> T required(String column, Optional<T> value) {
        return value.orElseThrow(() -> new IllegalStateException("column '" + column + "' is NULL; read it with an"
                + " optional... method"));
    }
}
