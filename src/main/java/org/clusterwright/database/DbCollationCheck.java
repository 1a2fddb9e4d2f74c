package org.clusterwright.database;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.sql.Connection;
import java.sql.SQLException;

/** SQL Server only: Inedo's schema expects the database collation SQL_Latin1_General_CP1_CI_AS. */
final class DbCollationCheck extends SessionCheck {
    static final CheckId ID = CheckId.of("db.collation");
    static final String REQUIRED = "SQL_Latin1_General_CP1_CI_AS";
    static final String QUERY = "SELECT CONVERT(nvarchar(128), DATABASEPROPERTYEX(DB_NAME(), 'Collation')) AS collation,"
            + " CONVERT(nvarchar(128), SERVERPROPERTY('Collation')) AS server_collation";

    DbCollationCheck(ProbeTarget target, boolean closesSession) {
        super(target, closesSession);
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    protected Outcome ask(Connection connection, CheckContext context) throws SQLException {
        QueryRow row = QueryRow.first(connection, QUERY).orElseThrow();
        String collation = row.text(0);
        String server = row.text(1);
        Outcome outcome;
        if (REQUIRED.equalsIgnoreCase(collation)) {
            outcome = Outcome.pass("The database collation is " + collation + ", as Inedo requires.");
        } else {
            // comparisons between the database's tables and tempdb (the server collation) fail on a mismatch too
            outcome = Outcome.fail("The database collation is " + (collation.isEmpty() ? "unknown" : collation)
                            + ", but Inedo requires " + REQUIRED + ".", "For a new, empty database: ALTER DATABASE"
                            + " [<database>] COLLATE " + REQUIRED + ". A database that already holds data cannot"
                            + " simply be switched: export it, create a new database with " + REQUIRED + " and import,"
                            + " or ask Inedo support.");
        }
        if (!server.isEmpty() && !REQUIRED.equalsIgnoreCase(server) && outcome.status().allowsDependents()) {
            outcome = outcome.withDetail("The server's default collation is " + server + "; temporary tables use"
                    + " it, which only matters if Inedo support says so.");
        }
        return outcome.withEvidence("collation", collation).withEvidence("serverCollation", server);
    }
}
