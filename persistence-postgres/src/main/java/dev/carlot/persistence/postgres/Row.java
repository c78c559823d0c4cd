package dev.carlot.persistence.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The current row of a result set, whichever that is when a value is read, as the repositories'
 * mappers read it: the driver's value of a column, {@code null} for SQL NULL. A failure names
 * the column.
 */
final class Row {

    private final ResultSet rows;

    Row(ResultSet rows) {
        this.rows = rows;
    }

    Object value(String column) {
        try {
            return rows.getObject(column);
        } catch (SQLException e) {
            throw unreadable(column, e);
        }
    }

    /** The value at {@code position}, counting from 1. */
    Object value(int position) {
        try {
            return rows.getObject(position);
        } catch (SQLException e) {
            throw unreadable(position, e);
        }
    }

    /**
     * A timestamptz column, {@code null} for SQL NULL; as OffsetDateTime because the driver's
     * Timestamp builds a calendar for every result set.
     */
    OffsetDateTime timestamp(String column) {
        try {
            return rows.getObject(column, OffsetDateTime.class);
        } catch (SQLException e) {
            throw unreadable(column, e);
        }
    }

    private static IllegalStateException unreadable(Object column, SQLException e) {
        return new IllegalStateException("cannot read column " + column, e);
    }
}
