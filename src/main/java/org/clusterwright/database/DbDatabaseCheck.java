package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/** The product's database exists and this login can open it (4060 on SQL Server, 3D000 on PostgreSQL). */
final class DbDatabaseCheck implements Check {
    static final CheckId ID = CheckId.of("db.database");
    private static final Set<String> SYSTEM_DATABASES = Set.of("master", "model", "msdb", "tempdb");

    private final ProbeTarget target;

    DbDatabaseCheck(ProbeTarget target) {
        this.target = target;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Set<CheckId> requires() {
        return Set.of(DbLoginCheck.ID);
    }

    @Override
    public Outcome run(CheckContext context) throws SQLException {
        ProbeSession session = context.get(ProbeKeys.SESSION).orElseThrow();
        String wanted = target.connection().database().orElse("");
        if (session.connection().isEmpty()) {
            return unavailable(ConnectFailure.of(target.kind(), session.failure().orElseThrow(), target.password()),
                    wanted);
        }
        Connection connection = session.connection().get();
        String current = QueryRow.first(connection, target.sqlServer().isPresent() ? "SELECT DB_NAME() AS name"
                : "SELECT current_database()").map(row -> row.text(0)).orElse("");
        if (target.sqlServer().isPresent() && SYSTEM_DATABASES.contains(current.toLowerCase(Locale.ROOT))) {
            return Outcome.fail("The connection lands in the system database " + current + ", not in a database of"
                            + " the product's own.", "Name the product's database in the connection string with"
                            + " Initial Catalog=..., as the product's installer does.")
                    .withEvidence("database", current);
        }
        return Outcome.pass("Database " + current + " is open.").withEvidence("database", current);
    }

    private Outcome unavailable(ConnectFailure failure, String wanted) {
        String user = target.connection().user().orElse("(the login)");
        Outcome outcome;
        if (target.sqlServer().isPresent()) {
            outcome = Outcome.fail("SQL Server could not open database " + wanted + " for " + user
                    + " (error 4060): it does not exist, or the login has no user in it.", "Create the database"
                    + " with collation SQL_Latin1_General_CP1_CI_AS, or give the login a user in it:"
                    + " CREATE USER [" + user + "] FOR LOGIN [" + user + "]; ALTER ROLE [db_owner] ADD MEMBER ["
                    + user + "]. Also check the spelling of Initial Catalog.");
        } else if ("42501".equals(failure.sqlState())) {
            outcome = Outcome.fail("Database " + wanted + " exists but " + user + " may not connect to it.",
                    "GRANT CONNECT ON DATABASE \"" + wanted + "\" TO \"" + user + "\"; better, make " + user
                            + " its owner, as Inedo asks.");
        } else {
            outcome = Outcome.fail("Database " + wanted + " does not exist on the server.", "Create it, owned by "
                    + user + ": with InedoDB, inedodb create --name=" + wanted + "; otherwise CREATE DATABASE \""
                    + wanted + "\" OWNER \"" + user + "\" ENCODING 'UTF8'. Also check the spelling of Database.");
        }
        return outcome.withDetail(failure.message()).withEvidence("database", wanted)
                .withEvidence("sqlState", failure.sqlState());
    }
}
