package org.clusterwright.database.tds;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The answers behind {@link QueryHandler#standard(ServerVersion)}. */
final class StandardAnswers {
    private static final Pattern SELECT_INTEGER = Pattern.compile("select (-?\\d{1,9})( as \\[?(\\w+)]?)?");
    /** mssql-jdbc frees prepared handles in batches of "EXEC sp_unprepare N;" once enough have piled up. */
    private static final Pattern UNPREPARE = Pattern.compile("(exec sp_unprepare \\d+;? ?)+");
    private static final Pattern EXEC = Pattern.compile("exec(?:ute)? ([^\\s;]+).*");
    private static final Pattern FROM = Pattern.compile(".*? from ([^\\s;]+).*");

    private StandardAnswers() {
    }

    static QueryResult answer(String sql, ServerVersion version) {
        String query = normalise(sql);
        Matcher integer = SELECT_INTEGER.matcher(query);
        if (integer.matches()) {
            String name = integer.group(3) == null ? "" : integer.group(3);
            return QueryResult.scalar(name, QueryResult.Type.INT, Integer.parseInt(integer.group(1)));
        }
        if (query.equals("select @@version")) {
            return QueryResult.scalar("", QueryResult.Type.NVARCHAR, version.banner());
        }
        // SET and USE cover the driver's own settings commands, "if @@trancount" its commit and rollback
        if (query.startsWith("set ") || query.startsWith("use ") || query.startsWith("if @@trancount")
                || UNPREPARE.matcher(query).matches()) {
            return QueryResult.done();
        }
        Matcher exec = EXEC.matcher(query);
        if (exec.matches()) {
            return QueryResult.error(2812, 62, 16,
                    "Could not find stored procedure '" + original(sql, exec.group(1)) + "'.");
        }
        Matcher from = FROM.matcher(query);
        if (from.matches()) {
            return QueryResult.error(208, 1, 16, "Invalid object name '" + original(sql, from.group(1)) + "'.");
        }
        String first = sql.strip().split("\\s+", 2)[0];
        return QueryResult.error(102, 1, 15, "Incorrect syntax near '" + first + "'.");
    }

    /** Lower case, single blanks, no surrounding blanks or trailing semicolon: how SQL is compared here. */
    static String normalise(String sql) {
        String trimmed = sql.strip();
        if (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The name as the client spelled it, since matching ran on lower case. */
    private static String original(String sql, String lowerCaseName) {
        int at = sql.toLowerCase(Locale.ROOT).indexOf(lowerCaseName);
        return at < 0 ? lowerCaseName : sql.substring(at, at + lowerCaseName.length());
    }
}
