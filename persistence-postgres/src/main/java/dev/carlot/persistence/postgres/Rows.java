package dev.carlot.persistence.postgres;

import dev.carlot.persistence.data.WireValue;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Reading columns of a row into Java values, shared by every repository. The driver hands
 * numeric out as {@link BigDecimal} and arrays as {@link Array}; timestamptz is read as
 * {@link OffsetDateTime} ({@link Row#timestamp}).
 */
final class Rows {

    private Rows() {
    }

    static long number(Row row, int column) {
        return ((Number) row.value(column)).longValue();
    }

    static long id(Row row, String column) {
        return ((Number) raw(row, column)).longValue();
    }

    static int integer(Row row, String column) {
        return ((Number) raw(row, column)).intValue();
    }

    static String text(Row row, String column) {
        return (String) raw(row, column);
    }

    static Optional<String> optionalText(Row row, String column) {
        return Optional.ofNullable((String) raw(row, column));
    }

    static BigDecimal decimal(Row row, String column) {
        return (BigDecimal) raw(row, column);
    }

    static Optional<BigDecimal> optionalDecimal(Row row, String column) {
        return Optional.ofNullable((BigDecimal) raw(row, column));
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime at = row.timestamp(column);
        if (at == null) {
            throw new IllegalStateException("column " + column + " is null, not a timestamp");
        }
        return at.toInstant();
    }

    static List<String> texts(Row row, String column) {
        Object value = raw(row, column);
        if (value == null) {
            return List.of();
        }
        try {
            return List.of((String[]) ((Array) value).getArray());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the array in column " + column, e);
        }
    }

    static <E extends Enum<E> & WireValue> E wire(Class<E> type, Row row, String column) {
        String text = text(row, column);
        return WireValue.parse(type, text).orElseThrow(() -> new IllegalStateException(
                "column " + column + " holds '" + text + "', which is no " + type.getSimpleName()));
    }

    /** A timestamp parameter; the driver binds {@link OffsetDateTime} as timestamptz. */
    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Object raw(Row row, String column) {
        return row.value(column);
    }
}
