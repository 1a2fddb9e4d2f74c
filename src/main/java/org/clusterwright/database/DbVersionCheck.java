package org.clusterwright.database;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Records the server's version and warns about versions nobody supports any more: SQL Server majors past the end
 * of Microsoft's extended support, and PostgreSQL older than the 17 that InedoDB, the only PostgreSQL Inedo
 * supports for clusters, is built on.
 */
final class DbVersionCheck extends SessionCheck {
    static final CheckId ID = CheckId.of("db.version");
    static final String SQL_SERVER_QUERY = "SELECT CONVERT(nvarchar(128), SERVERPROPERTY('ProductVersion')) AS version,"
            + " CONVERT(nvarchar(128), SERVERPROPERTY('Edition')) AS edition, @@VERSION AS banner";
    static final String POSTGRES_QUERY = "SELECT current_setting('server_version') AS version,"
            + " current_setting('server_version_num') AS version_num, version() AS banner";
    /** End of Microsoft's extended support per SQL Server major version (2008 R2 shares 10 with 2008). */
    private static final Map<Integer, LocalDate> SQL_SERVER_SUPPORT_ENDS = Map.of(
            10, LocalDate.of(2019, 7, 9), 11, LocalDate.of(2022, 7, 12), 12, LocalDate.of(2024, 7, 9),
            13, LocalDate.of(2026, 7, 14), 14, LocalDate.of(2027, 10, 12), 15, LocalDate.of(2030, 1, 8),
            16, LocalDate.of(2033, 1, 11));
    private static final int INEDODB_POSTGRES_MAJOR = 17;

    private final Clock clock;

    DbVersionCheck(ProbeTarget target, boolean closesSession, Clock clock) {
        super(target, closesSession);
        this.clock = clock;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    protected Outcome ask(Connection connection, CheckContext context) throws SQLException {
        boolean sql = target.sqlServer().isPresent();
        QueryRow row = QueryRow.first(connection, sql ? SQL_SERVER_QUERY : POSTGRES_QUERY).orElseThrow();
        String version = row.text(0);
        String banner = row.text(2).lines().findFirst().orElse("").strip();
        Outcome outcome = sql ? sqlServer(version, row.text(1)) : postgres(version, row.number(1));
        return outcome.withEvidence("version", version).withEvidence(sql ? "edition" : "versionNum", row.text(1))
                .withEvidence("banner", banner);
    }

    private Outcome sqlServer(String version, String edition) {
        int major = leadingNumber(version);
        LocalDate ends = SQL_SERVER_SUPPORT_ENDS.get(major);
        Outcome outcome;
        if ((major > 0 && major < 10) || (ends != null && LocalDate.now(clock).isAfter(ends))) {
            outcome = Outcome.warn("SQL Server " + version + " is past the end of Microsoft's extended support"
                    + (ends == null ? "" : " (" + ends + ")") + ": no more security fixes.",
                    "Plan an upgrade to a supported SQL Server version before relying on it for a cluster.");
        } else {
            outcome = Outcome.pass("SQL Server " + version + (edition.isEmpty() ? "" : ", " + edition) + ".");
        }
        if (edition.toLowerCase(Locale.ROOT).contains("express")) {
            outcome = outcome.withDetail("Express edition: databases are limited to 10 GB and there is no"
                    + " Always On availability group; fine to start, tight for a busy cluster.");
        }
        return outcome;
    }

    private Outcome postgres(String version, Long versionNum) {
        int major = versionNum != null ? (int) (versionNum / 10_000) : leadingNumber(version);
        if (major > 0 && major < INEDODB_POSTGRES_MAJOR) {
            return Outcome.warn("PostgreSQL " + version + " is older than the PostgreSQL " + INEDODB_POSTGRES_MAJOR
                    + " that InedoDB is built on; Inedo calls any other PostgreSQL \"Experts Only\".",
                    "Use InedoDB (PostgreSQL " + INEDODB_POSTGRES_MAJOR + ") for a cluster, or upgrade the server.");
        }
        return Outcome.pass("PostgreSQL " + version + ".");
    }

    private static int leadingNumber(String version) {
        String digits = version.replaceFirst("^\\D*(\\d+).*$", "$1");
        return digits.matches("\\d{1,4}") ? Integer.parseInt(digits) : -1;
    }
}
