package org.clusterwright.database;

import org.clusterwright.secrets.Secret;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.clusterwright.database.SqlServerKeyword.*;

/**
 * Reads a SqlClient connection string: first the keywords (synonyms folded, duplicates and unknown ones reported),
 * then each value, then the rules that involve several keywords ({@link SqlServerChecks}).
 */
final class SqlServerParser {

    private SqlServerParser() {
    }

    static ParseOutcome parse(String input) {
        Problems problems = new Problems();
        KeyValueSyntax.Result syntax = KeyValueSyntax.read(input, problems);
        Map<SqlServerKeyword, Segment> entries = new EnumMap<>(SqlServerKeyword.class);
        Set<String> others = new HashSet<>();
        Segment previous = null;
        for (Segment segment : syntax.segments()) {
            SqlServerKeyword keyword = SqlServerKeyword.find(segment.lookupKey());
            if (keyword == PASSWORD) {
                problems.redact(segment.value());
            }
            if (keyword == null && !segment.key().isEmpty()) {
                others.add(segment.lookupKey());
                unknown(segment, previous, problems);
            } else if (keyword != null && entries.containsKey(keyword)) {
                SegmentChecks.duplicate(entries.get(keyword), segment, keyword.canonical(), problems);
            }
            if (keyword != null) {
                entries.put(keyword, segment);
            }
            previous = segment;
        }
        SqlServerValues reader = new SqlServerValues(entries, problems);
        SqlServerConnectionString.Settings settings = reader.read();
        reader.checkUnused();
        Secret password = entries.containsKey(PASSWORD) && !entries.get(PASSWORD).value().isEmpty()
                ? Secret.of(entries.get(PASSWORD).value()) : null;
        SqlServerChecks.check(entries, settings, others, problems);
        if (problems.hasErrors() || settings.dataSource() == null) {
            return ParseOutcome.of(null, problems);
        }
        ConnectionStringText text = ConnectionStringText.of(syntax,
                segment -> SqlServerKeyword.find(segment.lookupKey()) == PASSWORD);
        return ParseOutcome.of(new SqlServerConnectionString(settings, text, password), problems);
    }

    private static void unknown(Segment segment, Segment previous, Problems problems) {
        boolean afterPassword = previous != null && SqlServerKeyword.find(previous.lookupKey()) == PASSWORD;
        if (SegmentChecks.oddName(segment, previous, afterPassword, problems)) {
            return;
        }
        String key = Values.shown(segment.key());
        if (SqlServerKeyword.isUncheckedSqlClientKeyword(segment.lookupKey())) {
            problems.warning(segment.keyPosition(), key + " is a SqlClient keyword that Clusterwright does not"
                    + " check", "It stays in the connection string the product uses, but Clusterwright's own test"
                    + " connection ignores it");
        } else if (SqlServerKeyword.isNpgsqlKeyword(segment.lookupKey())) {
            problems.warning(segment.keyPosition(), key + " is a PostgreSQL (Npgsql) keyword, not a SQL Server"
                    + " one", "If the database is PostgreSQL or InedoDB, choose PostgreSQL as the database kind;"
                    + " for SQL Server write Data Source, Initial Catalog and User ID");
        } else {
            problems.warning(segment.keyPosition(), key + " is not a SqlClient keyword, and SqlClient refuses"
                    + " unknown keywords (\"Keyword not supported\"), so the product would fail to connect",
                    "Check the spelling against Microsoft's SqlConnection.ConnectionString list, or remove it");
        }
    }
}
