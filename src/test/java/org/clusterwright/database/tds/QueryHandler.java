package org.clusterwright.database.tds;

import java.util.function.Function;

/**
 * Answers the SQL a client sends, whether as a batch ({@code Statement}) or through sp_executesql / sp_prepexec /
 * sp_execute ({@code PreparedStatement} without parameters). Returning {@code null} means "not mine": the
 * responder then asks {@link #standard(ServerVersion)}, so a test handler only needs to know its own queries.
 * Handlers run on connection threads and may be called concurrently.
 */
@FunctionalInterface
public interface QueryHandler extends Function<String, QueryResult> {

    /** Tries this handler first and {@code fallback} when this one returns {@code null}. */
    default QueryHandler orElse(QueryHandler fallback) {
        return sql -> {
            QueryResult result = apply(sql);
            return result != null ? result : fallback.apply(sql);
        };
    }

    /** Answers exactly {@code sql} (ignoring case, extra blanks and a trailing semicolon) with {@code result}. */
    static QueryHandler when(String sql, QueryResult result) {
        String wanted = StandardAnswers.normalise(sql);
        return received -> StandardAnswers.normalise(received).equals(wanted) ? result : null;
    }

    /**
     * What any SQL Server would answer without a schema: {@code SELECT <integer> [AS name]} (which also serves
     * {@code Connection.isValid}), {@code SELECT @@VERSION}, and, without rows, SET, USE (no database switch
     * though), the driver's {@code IF @@TRANCOUNT ...} commit/rollback and its {@code EXEC sp_unprepare} batches.
     * Anything else gets the error a server without that object gives: 2812 for EXEC, 208 for a FROM clause,
     * 102 otherwise.
     */
    static QueryHandler standard(ServerVersion version) {
        return sql -> StandardAnswers.answer(sql, version);
    }
}
