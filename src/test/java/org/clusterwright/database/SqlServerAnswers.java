package org.clusterwright.database;

import org.clusterwright.database.tds.QueryHandler;
import org.clusterwright.database.tds.QueryResult;
import org.clusterwright.database.tds.QueryResult.Type;

import java.util.Arrays;
import java.util.List;

import static org.clusterwright.database.tds.QueryResult.column;

/**
 * What a SQL Server answers to the probe's own queries, with fields a test changes to stage a case. Defaults: a
 * healthy single server, the login db_owner of an empty database with the right collation.
 */
final class SqlServerAnswers {
    String login = "proget";
    String database = "ProGet";
    String encryptOption = "FALSE";
    Integer dbOwner = 1;
    Integer productRole = null;
    int sysadmin = 0;
    String collation = "SQL_Latin1_General_CP1_CI_AS";
    boolean installed = false;
    /** Which form of inedosql's table the database has (1 current, 2 and 3 older); 0 follows {@code installed}. */
    int trackingForm = 0;
    int tables = 0;
    int scripts = 0;
    int failedScripts = 0;
    String latestScript = null;
    String lastExecuted = null;
    String version = "16.0.1000.6";
    String edition = "Developer Edition (64-bit)";
    int hadrEnabled = 0;
    int clustered = 0;
    int inGroup = 0;
    int mirrored = 0;
    String groupName = "ag-proget";

    QueryHandler handler(String productRole) {
        return QueryHandler.when("SELECT CONVERT(nvarchar(10), CONNECTIONPROPERTY('encrypt_option')) AS encrypted",
                        QueryResult.scalar("encrypted", Type.NVARCHAR, encryptOption))
                .orElse(QueryHandler.when("SELECT SUSER_SNAME() AS login_name",
                        QueryResult.scalar("login_name", Type.NVARCHAR, login)))
                .orElse(QueryHandler.when("SELECT DB_NAME() AS name", QueryResult.scalar("name", Type.NVARCHAR, database)))
                .orElse(QueryHandler.when(DbPermissionsCheck.sqlServerQuery(productRole), row(
                        List.of(column("db_owner", Type.INT), column("product_role", Type.INT),
                                column("sysadmin", Type.INT)), dbOwner, this.productRole, sysadmin)))
                .orElse(QueryHandler.when(DbCollationCheck.QUERY, row(List.of(column("collation", Type.NVARCHAR),
                        column("server_collation", Type.NVARCHAR)), collation, "SQL_Latin1_General_CP1_CI_AS")))
                .orElse(QueryHandler.when(DbInstallationCheck.SQL_SERVER_PRESENT, row(
                        List.of(column("present", Type.INT), column("tables", Type.INT)),
                        trackingForm > 0 ? trackingForm : installed ? 1 : 0, tables)))
                .orElse(QueryHandler.when(DbInstallationCheck.SQL_SERVER_SUMMARY_V2, summary()))
                .orElse(QueryHandler.when(DbInstallationCheck.SQL_SERVER_SUMMARY_V1, summary()))
                .orElse(QueryHandler.when(DbInstallationCheck.SQL_SERVER_SUMMARY, row(
                        List.of(column("scripts", Type.INT), column("failed", Type.INT),
                                column("last_executed", Type.NVARCHAR), column("latest", Type.NVARCHAR)),
                        scripts, failedScripts, lastExecuted, latestScript)))
                .orElse(QueryHandler.when(DbVersionCheck.SQL_SERVER_QUERY, row(List.of(column("version", Type.NVARCHAR),
                                column("edition", Type.NVARCHAR), column("banner", Type.NVARCHAR)), version, edition,
                        "Microsoft SQL Server " + version + "\n\tCopyright (C) Microsoft Corporation")))
                .orElse(QueryHandler.when(DbAvailabilityCheck.SQL_SERVER_QUERY, row(
                        List.of(column("hadr_enabled", Type.INT), column("clustered", Type.INT),
                                column("in_ag", Type.INT), column("mirrored", Type.INT)),
                        hadrEnabled, clustered, inGroup, mirrored)))
                .orElse(QueryHandler.when(DbAvailabilityCheck.SQL_SERVER_GROUP_QUERY, row(
                        List.of(column("group_name", Type.NVARCHAR), column("replicas", Type.INT)), groupName, 2)));
    }

    private QueryResult summary() {
        return row(List.of(column("scripts", Type.INT), column("failed", Type.INT),
                column("last_executed", Type.NVARCHAR), column("latest", Type.NVARCHAR)),
                scripts, failedScripts, lastExecuted, latestScript);
    }

    private static QueryResult row(List<QueryResult.Column> columns, Object... values) {
        return QueryResult.rows(columns, List.of(Arrays.asList(values)));
    }
}
