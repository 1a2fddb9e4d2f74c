package org.clusterwright.database.tds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** What the responder answers to one SQL statement: rows, a server error, or a statement without rows. */
public sealed interface QueryResult permits QueryResult.Rows, QueryResult.Error, QueryResult.Done {

    /** Column types the responder can send; enough for the probes' queries. */
    enum Type {
        /** NVARCHAR(4000) with the server collation; values are {@link String}s. */
        NVARCHAR,
        /** INT, sent as nullable INTN(4); values are {@link Integer}s. */
        INT,
        /** BIT, sent as nullable BITN; values are {@link Boolean}s. */
        BIT,
        /** BIGINT, sent as nullable INTN(8); values are {@link Long}s. */
        BIGINT;

        boolean accepts(Object value) {
            return value == null || switch (this) {
                case NVARCHAR -> value instanceof String s && s.length() <= 4000;
                case INT -> value instanceof Integer;
                case BIT -> value instanceof Boolean;
                case BIGINT -> value instanceof Long;
            };
        }
    }

    record Column(String name, Type type) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** A result set; every row has one value per column, of the column's type or {@code null}. */
    record Rows(List<Column> columns, List<List<Object>> rows) implements QueryResult {
        public Rows {
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("A result set needs at least one column");
            }
            List<List<Object>> copy = new ArrayList<>(rows.size());
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("Row " + row + " does not have " + columns.size() + " values");
                }
                for (int i = 0; i < row.size(); i++) {
                    if (!columns.get(i).type().accepts(row.get(i))) {
                        throw new IllegalArgumentException("Value " + row.get(i) + " does not fit " + columns.get(i));
                    }
                }
                // Collections.unmodifiableList, not List.copyOf: rows may hold SQL NULLs
                copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
            }
            rows = Collections.unmodifiableList(copy);
        }
    }

    /** A server error as SQL Server reports it: number, state, severity ("class") and message. */
    record Error(int number, int state, int severity, String message) implements QueryResult {
        public Error {
            Objects.requireNonNull(message, "message");
            if (state < 0 || state > 255 || severity < 0 || severity > 25) {
                throw new IllegalArgumentException("state must be 0-255 and severity 0-25");
            }
        }
    }

    /** A statement without rows (SET, USE, DML); {@code count} is the row count, or -1 for none. */
    record Done(long count) implements QueryResult {
    }

    static Column column(String name, Type type) {
        return new Column(name, type);
    }

    static Rows rows(List<Column> columns, List<List<Object>> rows) {
        return new Rows(columns, rows);
    }

    /** One column, one row per value. */
    static Rows rows(Column column, Object... values) {
        return new Rows(List.of(column), Arrays.stream(values).map(Collections::singletonList).toList());
    }

    static Rows scalar(String columnName, Type type, Object value) {
        return rows(column(columnName, type), value);
    }

    static Error error(int number, int state, int severity, String message) {
        return new Error(number, state, severity, message);
    }

    static Done done() {
        return new Done(-1);
    }

    static Done updated(long count) {
        return new Done(count);
    }
}
