package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;

import java.util.Map;
import java.util.TreeMap;

/**
 * Whether two connection strings say the same thing to the product. SqlClient and Npgsql look keywords up without
 * regard to case and fold synonyms ({@code Server} and {@code Data Source}), ignore the order of entries, the
 * spacing around them and a trailing {@code ;}, and unquote values; so two strings that differ only in those ways
 * connect the same way, and a node holding one needs no change to hold the other.
 */
public final class ConnectionStringEquivalence {
    private ConnectionStringEquivalence() {
    }

    public static boolean equivalent(DatabaseKind kind, String one, String other) {
        return one != null && other != null && entries(kind, one).equals(entries(kind, other));
    }

    /** Each keyword in its canonical spelling with its value; the last of a repeated keyword wins, as in the products. */
    private static Map<String, String> entries(DatabaseKind kind, String text) {
        Map<String, String> entries = new TreeMap<>();
        for (Segment segment : KeyValueSyntax.read(text, new Problems()).segments()) {
            if (segment.key().isEmpty()) {
                continue;
            }
            entries.put(canonical(kind, segment.lookupKey()), segment.value());
        }
        return entries;
    }

    private static String canonical(DatabaseKind kind, String lowerCaseKey) {
        return switch (kind) {
            case SQL_SERVER -> {
                SqlServerKeyword keyword = SqlServerKeyword.find(lowerCaseKey);
                yield keyword == null ? lowerCaseKey : keyword.canonical();
            }
            case POSTGRESQL -> {
                PostgresKeyword keyword = PostgresKeyword.find(lowerCaseKey);
                yield keyword == null ? lowerCaseKey : keyword.canonical();
            }
        };
    }
}
