package org.clusterwright.database;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Does the database already hold an Inedo installation? Read from inedosql's schema-change table, so nothing
 * product-specific (and undocumented) is touched: {@code __InedoDb_DbSchemaChanges}, or on SQL Server an older
 * installation's {@code __BuildMaster_DbSchemaChanges2} or {@code __BuildMaster_DbSchemaChanges}, the tables inedosql
 * migrates from (Inedo/inedosql, SqlServer/Scripts/MigrateV2toV3.sql and ReadV1Scripts.sql). What it found is
 * published as a finding, because the EncryptionKey step decides by it, and said in the evidence
 * ({@code existingInstallation}, {@code latestScript}, {@code trackingTable}).
 */
final class DbInstallationCheck extends SessionCheck {
    static final CheckId ID = CheckId.of("db.installation");

    /** 1: inedosql's current table; 2 and 3: the older forms it migrates from; 0: none. */
    static final String SQL_SERVER_PRESENT = "SELECT CASE WHEN OBJECT_ID(N'__InedoDb_DbSchemaChanges', N'U') IS NOT NULL"
            + " THEN 1 WHEN OBJECT_ID(N'__BuildMaster_DbSchemaChanges2', N'U') IS NOT NULL THEN 2"
            + " WHEN OBJECT_ID(N'__BuildMaster_DbSchemaChanges', N'U') IS NOT NULL THEN 3 ELSE 0 END AS present,"
            + " (SELECT COUNT(*) FROM sys.tables WHERE is_ms_shipped = 0) AS tables";
    static final String SQL_SERVER_SUMMARY = "SELECT COUNT(*) AS scripts,"
            + " SUM(CASE WHEN Success_Indicator = 'N' THEN 1 ELSE 0 END) AS failed,"
            + " CONVERT(nvarchar(33), MAX(Executed_Date), 126) AS last_executed,"
            + " (SELECT TOP 1 Script_Name FROM __InedoDb_DbSchemaChanges ORDER BY Executed_Date DESC, Script_Id DESC)"
            + " AS latest FROM __InedoDb_DbSchemaChanges";
    /** inedosql's second form, with the columns MigrateV2toV3.sql copies from it. */
    static final String SQL_SERVER_SUMMARY_V2 = "SELECT COUNT(*) AS scripts,"
            + " SUM(CASE WHEN Success_Indicator = 'N' THEN 1 ELSE 0 END) AS failed,"
            + " CONVERT(nvarchar(33), MAX(Executed_Date), 126) AS last_executed,"
            + " (SELECT TOP 1 Script_Name FROM __BuildMaster_DbSchemaChanges2 ORDER BY Executed_Date DESC)"
            + " AS latest FROM __BuildMaster_DbSchemaChanges2";
    /** inedosql's first form: one row per batch of a script, as ReadV1Scripts.sql reads it. */
    static final String SQL_SERVER_SUMMARY_V1 = "SELECT COUNT(DISTINCT Script_Id) AS scripts,"
            + " COUNT(DISTINCT CASE WHEN Success_Indicator = 'N' THEN Script_Id END) AS failed,"
            + " CONVERT(nvarchar(33), MAX(Executed_Date), 126) AS last_executed,"
            + " (SELECT TOP 1 Batch_Name FROM __BuildMaster_DbSchemaChanges WHERE Script_Id > 0"
            + " ORDER BY Executed_Date DESC) AS latest FROM __BuildMaster_DbSchemaChanges WHERE Script_Id > 0";
    static final List<String> SQL_SERVER_TABLES = List.of(Installation.TRACKING_TABLE,
            "__BuildMaster_DbSchemaChanges2", "__BuildMaster_DbSchemaChanges");
    static final String POSTGRES_PRESENT = "SELECT to_regclass('\"__InedoDb_DbSchemaChanges\"') IS NOT NULL AS present,"
            + " (SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')) AS tables";
    static final String POSTGRES_SUMMARY = "SELECT count(*) AS scripts,"
            + " count(*) FILTER (WHERE NOT \"Success_Indicator\") AS failed,"
            + " CAST(max(\"Executed_Date\") AS text) AS last_executed,"
            + " (SELECT \"Script_Name\" FROM \"__InedoDb_DbSchemaChanges\" ORDER BY \"Executed_Date\" DESC,"
            + " \"Script_Id\" DESC LIMIT 1) AS latest FROM \"__InedoDb_DbSchemaChanges\"";

    DbInstallationCheck(ProbeTarget target, boolean closesSession) {
        super(target, closesSession);
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    protected Outcome ask(Connection connection, CheckContext context) throws SQLException {
        boolean sql = target.sqlServer().isPresent();
        QueryRow present = QueryRow.first(connection, sql ? SQL_SERVER_PRESENT : POSTGRES_PRESENT).orElseThrow();
        long tables = orZero(present.number(1));
        // PostgreSQL answers true or false; SQL Server which form of the table it found
        int form = sql ? (int) orZero(present.number(0)) : present.flag(0) ? 1 : 0;
        Installation found = Installation.none(tables);
        String table = form == 0 ? "" : SQL_SERVER_TABLES.get(form - 1);
        if (form > 0) {
            String query = !sql ? POSTGRES_SUMMARY : form == 1 ? SQL_SERVER_SUMMARY
                    : form == 2 ? SQL_SERVER_SUMMARY_V2 : SQL_SERVER_SUMMARY_V1;
            QueryRow summary = QueryRow.first(connection, query).orElseThrow();
            found = new Installation(true, orZero(summary.number(0)), summary.text(3), summary.text(2),
                    orZero(summary.number(1)), tables);
        }
        context.publish(DatabaseProbe.INSTALLATION, found);
        Outcome verdict = verdict(found);
        if (form > 1) {
            verdict = verdict.withDetail("Its schema history is in " + table + ", the table older installations"
                    + " kept before inedosql moved it to " + Installation.TRACKING_TABLE + ".");
        }
        return verdict.withEvidence("existingInstallation", found.existing())
                .withEvidence("scripts", found.scripts()).withEvidence("latestScript", found.latestScript())
                .withEvidence("lastExecuted", found.lastExecuted()).withEvidence("failedScripts", found.failedScripts())
                .withEvidence("tables", found.tables()).withEvidence("trackingTable", table);
    }

    private Outcome verdict(Installation found) {
        String keep = " Its EncryptionKey must be kept: every node needs that same key, or the secrets already"
                + " stored in the database cannot be read.";
        if (!found.existing()) {
            return found.tables() == 0
                    ? Outcome.pass("The database is empty, ready for a first install.")
                    : Outcome.warn("The database holds " + found.tables() + " tables but no Inedo installation ("
                    + Installation.TRACKING_TABLE + " and its older forms are missing).", "Check that the connection string names the"
                    + " product's database; a first install should go into an empty one.");
        }
        if (found.scripts() == 0) {
            return Outcome.warn("The database has Inedo's schema table but no schema scripts ran: an interrupted"
                    + " first install?", "Finish or repeat the installation on one server before clustering.");
        }
        String summary = "The database holds an existing installation (" + found.scripts() + " scripts, latest "
                + found.latestScript() + (found.lastExecuted().isEmpty() ? "" : ", run " + found.lastExecuted())
                + ").";
        if (found.failedScripts() > 0) {
            return Outcome.warn(summary + " " + found.failedScripts() + " schema script(s) are recorded as failed.",
                    "Resolve the failed schema update (the product's Database Overview / service log shows it)"
                            + " before adding servers." + keep);
        }
        return Outcome.pass(summary + keep);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
