package org.clusterwright.database;

import java.util.Map;
import java.util.Set;

import static org.clusterwright.database.SqlServerKeyword.*;

/**
 * Rules that involve more than one SqlClient keyword: how the product logs in, pool sizes, and settings that
 * SqlClient refuses or silently ignores in combination. Checked after each value has been read on its own.
 */
final class SqlServerChecks {

    private SqlServerChecks() {
    }

    static void check(Map<SqlServerKeyword, Segment> entries, SqlServerConnectionString.Settings settings,
                      Set<String> otherKeywords, Problems problems) {
        if (!entries.containsKey(DATA_SOURCE)) {
            problems.error(-1, "there is no server: Data Source (or Server) is missing",
                    "Add Data Source=host, or host\\INSTANCE, or host,port, naming the shared SQL Server");
        }
        login(entries, settings, otherKeywords, problems);
        if (settings.database() == null) {
            problems.warning(-1, "no database is named (Initial Catalog or Database), so the login's default"
                    + " database is used, usually master", "Add Initial Catalog=ProGet (or the product's database"
                    + " name) so every node uses the same database");
        }
        int minPool = number(entries.get(MIN_POOL_SIZE), 0);
        int maxPool = number(entries.get(MAX_POOL_SIZE), 100);
        if (minPool > maxPool) {
            Segment at = entries.containsKey(MIN_POOL_SIZE) ? entries.get(MIN_POOL_SIZE) : entries.get(MAX_POOL_SIZE);
            problems.error(at.keyPosition(), "Min Pool Size (" + minPool + ") is larger than Max Pool Size ("
                    + maxPool + "), which SqlClient refuses", "Make Min Pool Size at most Max Pool Size (100 when"
                    + " not given)");
        }
        if (settings.multiSubnetFailover() && settings.failoverPartner() != null) {
            problems.error(entries.get(FAILOVER_PARTNER).keyPosition(), "MultiSubnetFailover and Failover Partner"
                    + " cannot be combined: SqlClient refuses to connect", "For an Always On availability group"
                    + " listener keep MultiSubnetFailover=true and remove Failover Partner; for database mirroring"
                    + " remove MultiSubnetFailover");
        }
        if (settings.encrypt() == EncryptMode.STRICT && settings.trustServerCertificate()) {
            problems.warning(entries.get(TRUST_SERVER_CERTIFICATE).keyPosition(), "TrustServerCertificate=true"
                    + " has no effect with Encrypt=strict: the server certificate is always checked",
                    "Remove TrustServerCertificate, and make sure the server's certificate is trusted on every node");
        }
        if (settings.applicationIntent() == ApplicationIntent.READ_ONLY) {
            problems.warning(entries.get(APPLICATION_INTENT).keyPosition(), "ApplicationIntent=ReadOnly sends the"
                    + " product to a read-only replica, but the product writes to its database",
                    "Remove ApplicationIntent or set it to ReadWrite");
        }
    }

    private static void login(Map<SqlServerKeyword, Segment> entries, SqlServerConnectionString.Settings settings,
                              Set<String> otherKeywords, Problems problems) {
        Segment user = entries.get(USER_ID);
        Segment password = entries.get(PASSWORD);
        boolean hasUser = settings.user() != null;
        boolean hasPassword = password != null && !password.value().isEmpty();
        if (settings.integratedSecurity()) {
            if (hasUser || hasPassword) {
                Segment at = hasUser ? user : password;
                problems.warning(at.keyPosition(), "Integrated Security is on, so SqlClient ignores User ID and"
                        + " Password and logs in as the Windows account running the service",
                        "Remove User ID and Password, or set Integrated Security=false to use the SQL login");
            }
        } else if (hasPassword && !hasUser) {
            problems.error(password.keyPosition(), "a Password is given but no User ID, and Integrated Security"
                    + " is off, so SqlClient has no login to use it with", "Add User ID=<SQL login>, or remove"
                    + " the password and set Integrated Security=true");
        } else if (!hasUser && !otherKeywords.contains("authentication")) {
            problems.error(-1, "there is no way to log in: no User ID and Integrated Security is not on",
                    "Add User ID and Password for a SQL login, or Integrated Security=true for the service account");
        }
        if (hasPassword && isPlaceholder(password.value())) {
            // The value is not quoted: even a placeholder might be a real password that just looks like one.
            problems.warning(password.valuePosition(), "the password looks like a placeholder copied from the"
                    + " documentation", "Replace it with the real password of the SQL login");
        }
    }

    /** Documentation examples write the password as «...», {password} or &lt;password&gt;. */
    static boolean isPlaceholder(String password) {
        return password.matches("\\{[^}]*}|«[^»]*»|<[^>]*>");
    }

    /** Values were already checked; one that failed counts as the default here so it is reported once only. */
    private static int number(Segment segment, int fallback) {
        try {
            return segment == null ? fallback : Integer.parseInt(segment.value().strip());
        } catch (NumberFormatException invalid) {
            return fallback;
        }
    }
}
