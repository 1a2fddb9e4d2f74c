package org.clusterwright.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The first row of a probe query. Probe queries are fixed text without parameters, run through a plain
 * Statement (nothing of the user's is ever concatenated into them), and read with the socket timeout the
 * connection was opened with, so a hung server cannot hold a check beyond its deadline.
 */
record QueryRow(List<Object> values) {

    static Optional<QueryRow> first(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                return Optional.empty();
            }
            int columns = rows.getMetaData().getColumnCount();
            List<Object> values = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                values.add(rows.getObject(i));
            }
            return Optional.of(new QueryRow(Collections.unmodifiableList(values)));
        }
    }

    /** The column as text, or "" for SQL NULL. */
    String text(int index) {
        Object value = values.get(index);
        return value == null ? "" : value.toString().strip();
    }

    /** The column as a number; booleans count as 1 and 0; null for SQL NULL. */
    Long number(int index) {
        Object value = values.get(index);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1L : 0L;
        }
        if (value instanceof String text && text.strip().matches("-?\\d+")) {
            return Long.parseLong(text.strip());
        }
        return null;
    }

    /** True only for 1, true or "t"/"true"/"yes" (SQL Server and PostgreSQL spell it differently). */
    boolean flag(int index) {
        Object value = values.get(index);
        if (value instanceof String text) {
            String lower = text.strip().toLowerCase(java.util.Locale.ROOT);
            return lower.equals("t") || lower.equals("true") || lower.equals("yes") || lower.equals("1");
        }
        Long number = number(index);
        return number != null && number == 1;
    }
}
