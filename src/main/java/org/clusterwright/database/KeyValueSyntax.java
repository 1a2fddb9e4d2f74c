package org.clusterwright.database;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a connection string into {@code key=value} segments by the rules of .NET's DbConnectionStringBuilder, which
 * both SqlClient and Npgsql use: keywords are trimmed, {@code ==} inside a keyword is a literal {@code =}, a value
 * may be quoted with {@code '} or {@code "} (and may then hold {@code ;} and {@code =}, with a doubled quote standing
 * for one), and empty segments are allowed. Splitting on {@code ;} alone would break exactly the passwords people
 * quote because they contain a {@code ;}.
 */
final class KeyValueSyntax {

    /** The segments in input order, and whether the author ended the string with a {@code ;}. */
    record Result(List<Segment> segments, boolean trailingSemicolon) {
    }

    private KeyValueSyntax() {
    }

    static Result read(String text, Problems problems) {
        List<Segment> segments = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (text.charAt(i) == ';') {
                i++;
                continue;
            }
            int keyPosition = i;
            StringBuilder key = new StringBuilder();
            while (i < n && text.charAt(i) != ';' && (text.charAt(i) != '=' || at(text, i + 1) == '=')) {
                boolean escaped = text.charAt(i) == '=';
                key.append(text.charAt(i));
                i += escaped ? 2 : 1;
            }
            if (i >= n || text.charAt(i) == ';') {
                // The text itself is not quoted: a segment without '=' is most often the tail of an unquoted
                // password that contained a ';'.
                problems.error(keyPosition, "this part has no '=', so it is not a keyword=value pair",
                        "Write it as keyword=value. If it is the rest of the previous value (a password containing"
                                + " ';', say), put that whole value in quotes: Password='...'");
                i = i < n ? i + 1 : n;
                continue;
            }
            String keyword = key.toString().strip();
            if (keyword.isEmpty()) {
                problems.error(keyPosition, "a value has no keyword in front of its '='",
                        "Write the keyword before the '=', for example Database=ProGet, or remove the stray '='");
            }
            i++;
            while (i < n && text.charAt(i) != ';' && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int valueStart = i;
            char quote = i < n && (text.charAt(i) == '\'' || text.charAt(i) == '"') ? text.charAt(i) : 0;
            String value;
            if (quote != 0) {
                StringBuilder quoted = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == quote && at(text, i + 1) == quote) {
                        quoted.append(quote);
                        i += 2;
                    } else if (c == quote) {
                        closed = true;
                        i++;
                        break;
                    } else {
                        quoted.append(c);
                        i++;
                    }
                }
                if (!closed) {
                    problems.error(valueStart, "the value of '" + keyword + "' opens a " + quote
                                    + " quote that is never closed, so the rest of the string is swallowed",
                            "Add the closing " + quote + " after the value; a " + quote
                                    + " inside the value must be doubled (" + quote + quote + ")");
                    break;
                }
                while (i < n && text.charAt(i) != ';' && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i < n && text.charAt(i) != ';') {
                    problems.error(i, "there is text after the closing quote of the value of '" + keyword + "'",
                            "End the value at its closing quote and put a ';' after it; a quote inside the value"
                                    + " must be doubled (" + quote + quote + ")");
                    while (i < n && text.charAt(i) != ';') {
                        i++;
                    }
                }
                value = quoted.toString();
            } else {
                while (i < n && text.charAt(i) != ';') {
                    i++;
                }
                value = text.substring(valueStart, i).strip();
            }
            int valuePosition = quote != 0 ? valueStart + 1 : valueStart;
            String raw = text.substring(start, i).stripTrailing();
            segments.add(new Segment(raw, start, keyword, keyPosition, value, valuePosition, valueStart - start,
                    quote));
            i = i < n ? i + 1 : n;
        }
        return new Result(segments, text.stripTrailing().endsWith(";"));
    }

    private static char at(String text, int index) {
        return index < text.length() ? text.charAt(index) : 0;
    }
}
