package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.Finding;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.Secret;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real database probe: the checks that follow db.parse for the "database" target, in the order they must
 * run. Each one requires the one before, so a dead host costs one timeout and the rest are skipped with the
 * reason. One connection serves the whole run (see {@link ProbeSession}).
 *
 * <pre>
 * db.resolve -> [db.browser] -> db.tcp -> db.tls -> db.login -> db.database
 *     -> db.permissions -> [db.collation] -> db.installation -> db.version -> db.availability
 * </pre>
 * db.browser only for a named SQL Server instance without a port; db.collation only for SQL Server.
 */
public final class DatabaseProbe {
    /** What db.installation found, for the EncryptionKey step's decision; its evidence says it in words. */
    public static final Finding<Installation> INSTALLATION = Finding.of("db.installation", Installation.class);

    private DatabaseProbe() {
    }

    /**
     * The probe's checks for the profile's database, to run after {@link ConnectionStringCheck} in the same target.
     *
     * @param password the password kept in the secret store for the profile's database, if any
     */
    public static List<Check> checks(Profile profile, Optional<Secret> password) {
        return checks(profile, password, Optional.empty());
    }

    /**
     * @param servicePassword with Integrated Security, the password of the profile's service account, which the
     *                        probe then logs in as
     */
    public static List<Check> checks(Profile profile, Optional<Secret> password, Optional<Secret> servicePassword) {
        return checks(ProbeTarget.of(profile, password, servicePassword, ProbeOptions.defaults()), Clock.systemUTC());
    }

    static List<Check> checks(Profile profile, Optional<Secret> password, ProbeOptions options, Clock clock) {
        return checks(ProbeTarget.of(profile, password, options), clock);
    }

    static List<Check> checks(ProbeTarget target, Clock clock) {
        boolean sqlServer = target.kind() == DatabaseKind.SQL_SERVER;
        List<Check> afterLogin = new ArrayList<>();
        afterLogin.add(new DbDatabaseCheck(target));
        afterLogin.add(new DbPermissionsCheck(target, false));
        if (sqlServer) {
            afterLogin.add(new DbCollationCheck(target, false));
        }
        afterLogin.add(new DbInstallationCheck(target, false));
        afterLogin.add(new DbVersionCheck(target, false, clock));
        afterLogin.add(new DbAvailabilityCheck(target, true)); // the last one closes the connection

        List<Check> checks = new ArrayList<>();
        checks.add(new DbResolveCheck(target));
        if (target.needsBrowser()) {
            checks.add(new DbBrowserCheck(target));
        }
        checks.add(new DbTcpCheck(target));
        if (target.parsed() && target.integratedSecurity() && target.serviceLogin().isEmpty()) {
            // nothing after the login can be asked without one; still planned, so the skipped checks are listed
            checks.add(NotProvableCheck.integratedTls());
            checks.add(NotProvableCheck.integratedLogin(target.sqlServer().orElseThrow(), target.serviceAccount()));
        } else {
            checks.add(new DbTlsCheck(target, afterLogin.size() + 1));
            checks.add(new DbLoginCheck(target));
        }
        checks.addAll(afterLogin);
        return List.copyOf(checks);
    }
}
