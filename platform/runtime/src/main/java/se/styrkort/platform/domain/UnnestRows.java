package se.styrkort.platform.domain;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Many rows bound to one statement as one text array per column, for {@code insert … select … from
 * unnest(?::text[], …) with ordinality}: a whole batch in one statement and one round trip, where a
 * JDBC batch still runs a statement per row. Text, cast in the statement, keeps every value exactly
 * as written (a decimal's scale, a time's microseconds) and needs no array type per column.
 */
public final class UnnestRows {

    private final List<String[]> columns = new ArrayList<>();
    private int size;

    public UnnestRows(int columns) {
        for (int i = 0; i < columns; i++) {
            this.columns.add(new String[16]);
        }
    }

    /** Adds a row, one value per column: null, a string, or a value written as PostgreSQL reads it back. */
    public UnnestRows add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("A row of " + values.length + " values for " + columns.size() + " columns");
        }
        for (int c = 0; c < values.length; c++) {
            String[] column = columns.get(c);
            if (size == column.length) {
                column = java.util.Arrays.copyOf(column, column.length * 2);
                columns.set(c, column);
            }
            column[size] = text(values[c]);
        }
        size++;
        return this;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Binds the columns, as text arrays, to the statement's parameters from {@code first} on; answers the next index. */
    public int bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (String[] column : columns) {
            statement.setArray(index++, connection.createArrayOf("text", java.util.Arrays.copyOf(column, size)));
        }
        return index;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        // UUID, Instant (ISO-8601, read as timestamptz), numbers, booleans and strings as they print.
        return value.toString();
    }
}
