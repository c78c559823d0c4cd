package dev.carlot.persistence.postgres;

import io.helidon.dbclient.DbRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * One row of a result as the repositories' mappers read it, whether DB Client or plain JDBC
 * ran the statement: the driver's value of a column, {@code null} for SQL NULL.
 */
interface Row {

    Object value(String column);

    /** The value at {@code position}, counting from 1. */
    Object value(int position);

    /** A timestamptz column: a {@link java.sql.Timestamp} or an {@link OffsetDateTime}, {@code null} for SQL NULL. */
    default Object timestamp(String column) {
        return value(column);
    }

    static Row of(DbRow row) {
        return new Row() {
            @Override
            public Object value(String column) {
                return row.column(column).get(Object.class);
            }

            @Override
            public Object value(int position) {
                return row.column(position).get(Object.class);
            }
        };
    }

    /** The current row of {@code rows}, whichever that is when a value is read. */
    static Row of(ResultSet rows) {
        return new Row() {
            @Override
            public Object value(String column) {
                return read(column, () -> rows.getObject(column));
            }

            @Override
            public Object value(int position) {
                return read(position, () -> rows.getObject(position));
            }

            /** As OffsetDateTime: the driver's Timestamp builds a calendar for every result set. */
            @Override
            public Object timestamp(String column) {
                return read(column, () -> rows.getObject(column, OffsetDateTime.class));
            }
        };
    }

    /** What the driver reads from a column, a failure reported with the column's name or position. */
    private static Object read(Object column, DriverRead read) {
        try {
            return read.value();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read column " + column, e);
        }
    }

    /** One read from the driver's result set. */
    @FunctionalInterface
    interface DriverRead {
        Object value() throws SQLException;
    }
}
