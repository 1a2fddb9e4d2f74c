package org.clusterwright.lab;

import org.clusterwright.secrets.Secret;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A connection string's {@code key=value} pairs as a lab node reads them, keys lower case and named by
 * {@code canonical}. The lab reads strings itself rather than with Clusterwright's own parsers, so a node never
 * agrees with the checks merely because both share a bug.
 */
final class LabKeyValues {
    private LabKeyValues() {
    }

    static Map<String, String> parse(Secret connectionString, UnaryOperator<String> canonical) {
        Map<String, String> values = new HashMap<>();
        for (String pair : splitOutsideQuotes(connectionString.reveal())) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(canonical.apply(pair.substring(0, equals).strip().toLowerCase(Locale.ROOT)),
                        unquote(pair.substring(equals + 1).strip()));
            }
        }
        return values;
    }

    static String value(Map<String, String> values, String key, String otherwise) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? otherwise : value;
    }

    private static List<String> splitOutsideQuotes(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ';') {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
