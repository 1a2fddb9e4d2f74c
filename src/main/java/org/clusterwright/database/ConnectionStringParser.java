package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;

import java.util.Locale;

/**
 * The one way into this package: reads a connection string the way the Inedo product on each node will, and
 * says in plain words what would go wrong in a cluster. It never throws, because its input is whatever a person
 * pasted into a text field.
 */
public final class ConnectionStringParser {
    /** Far beyond any real connection string; keeps a pasted file from tying up the wizard. */
    static final int LONGEST_INPUT = 32_768;

    private ConnectionStringParser() {
    }

    public static ParseOutcome parse(DatabaseKind kind, String text) {
        try {
            ParseProblem refused = refuse(kind, text);
            if (refused != null) {
                return ParseOutcome.failed(refused);
            }
            return kind == DatabaseKind.SQL_SERVER ? SqlServerParser.parse(text) : PostgresParser.parse(text);
        } catch (RuntimeException bug) {
            // A bug here must not take the wizard down; the message names the exception type only, since its own
            // message could quote the input, password included.
            return ParseOutcome.failed(ParseProblem.at(-1, "Clusterwright could not read this connection string"
                    + " (internal error " + bug.getClass().getSimpleName() + ")", "Please report this; the report"
                    + " does not need the connection string, only the keywords it uses"));
        }
    }

    /** Inputs that are not a connection string of the right form at all, answered before any parsing. */
    private static ParseProblem refuse(DatabaseKind kind, String text) {
        if (kind == null) {
            return ParseProblem.at(-1, "no database kind was chosen", "Choose SQL Server or PostgreSQL first");
        }
        if (text == null || text.isBlank()) {
            return ParseProblem.at(-1, "the connection string is empty", kind == DatabaseKind.SQL_SERVER
                    ? "Paste it from the product's configuration file, for example Data Source=sql01;"
                    + " Initial Catalog=ProGet; User ID=proget; Password=..."
                    : "Paste it in the form Host=inedodb;Port=5432;Database=proget;Username=proget;Password=...");
        }
        if (text.length() > LONGEST_INPUT) {
            return ParseProblem.at(LONGEST_INPUT, "the text is " + text.length() + " characters long, far longer"
                    + " than a connection string", "Paste only the connection string, not the whole file");
        }
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        int at = text.length() - text.stripLeading().length();
        if (start.startsWith("jdbc:")) {
            return ParseProblem.at(at, "this is a JDBC URL, but Inedo products are .NET programs and read"
                    + " ADO.NET connection strings", kind == DatabaseKind.SQL_SERVER
                    ? "Write it as Data Source=host,port; Initial Catalog=db; User ID=user; Password=..."
                    : "Write it as Host=host;Port=5432;Database=db;Username=user;Password=...");
        }
        if (start.startsWith("postgres://") || start.startsWith("postgresql://")) {
            return ParseProblem.at(at, "this is a PostgreSQL URI, which Npgsql does not accept",
                    "Write it as Host=host;Port=5432;Database=db;Username=user;Password=...");
        }
        return null;
    }
}
