package org.clusterwright.database;

/**
 * One {@code key=value} entry exactly as it was typed. The raw text is kept so that the string can be written back
 * with only the password taken out, looking the way its author wrote it (spacing, quotes, keyword spelling).
 *
 * @param raw           the text between the separating semicolons, leading whitespace included
 * @param start         index of {@code raw} in the whole input
 * @param key           the keyword, trimmed, with {@code ==} already turned into {@code =}
 * @param keyPosition   index of the keyword's first character in the whole input
 * @param value         the value, unquoted and unescaped
 * @param valuePosition index of the value's first character (inside the quotes when quoted)
 * @param valueOffset   index in {@code raw} where the value text, quotes included, begins
 * @param quote         the quote character used, or 0 when the value was not quoted
 */
record Segment(String raw, int start, String key, int keyPosition, String value, int valuePosition,
               int valueOffset, char quote) {

    boolean quoted() {
        return quote != 0;
    }

    /** The keyword as the lookup tables hold it: SqlClient and Npgsql both ignore case. */
    String lookupKey() {
        return key.toLowerCase(java.util.Locale.ROOT);
    }
}
