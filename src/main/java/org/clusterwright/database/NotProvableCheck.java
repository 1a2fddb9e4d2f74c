package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.util.Optional;
import java.util.Set;
import org.clusterwright.identity.DomainIdentity;

/**
 * Stands in for a check that cannot be proven from this machine, so the result says so and how to prove it
 * elsewhere, instead of the check silently missing or, worse, passing.
 */
final class NotProvableCheck implements Check {
    /** Where the command line takes the service account's password from. */
    static final String SERVICE_PASSWORD_SOURCE = "for the command line the environment variable"
            + " CLUSTERWRIGHT_DB_SERVICE_PASSWORD or database.service-account.password in --secrets-file";

    private final CheckId id;
    private final Set<CheckId> requires;
    private final String why;
    private final String howToProve;

    NotProvableCheck(CheckId id, Set<CheckId> requires, String why, String howToProve) {
        this.id = id;
        this.requires = Set.copyOf(requires);
        this.why = why;
        this.howToProve = howToProve;
    }

    @Override
    public CheckId id() {
        return id;
    }

    @Override
    public Set<CheckId> requires() {
        return requires;
    }

    @Override
    public Outcome run(CheckContext context) {
        return Outcome.skip(why).withRemedy(howToProve);
    }

    /**
     * Integrated Security without a service account that can be proven from here: none named, no password given,
     * or one only Windows can act as (a group Managed Service Account, NETWORK SERVICE and the other built-ins).
     */
    static NotProvableCheck integratedLogin(SqlServerConnectionString sql, Optional<DomainIdentity> account) {
        String server = sql.host() + sql.instance().map(i -> "\\" + i).orElse("")
                + (sql.portGiven() ? "," + sql.port().getAsInt() : "");
        String database = sql.database().orElse("<database>");
        String sqlcmd = "sqlcmd -S " + server + " -E -d " + database
                + " -Q \"SELECT SUSER_SNAME(), IS_ROLEMEMBER('db_owner')\"";
        Set<CheckId> after = Set.of(DbTcpCheck.ID);
        if (account.isEmpty()) {
            return new NotProvableCheck(DbLoginCheck.ID, after,
                    "Not proven: Integrated Security logs in as the account the product's service runs as, and no"
                            + " service account is named, so the login, the database and everything after it are"
                            + " unchecked.",
                    "Name the service account (DOMAIN\\user or user@REALM) and give its password: on the Database"
                            + " page, or with the profile's database.serviceAccount and " + SERVICE_PASSWORD_SOURCE
                            + "; the test then logs in as it with mssql-jdbc (integratedSecurity=true;"
                            + " authenticationScheme=JavaKerberos or authenticationScheme=NTLM). Or prove it on each"
                            + " node as that account: " + sqlcmd);
        }
        DomainIdentity who = account.get();
        return switch (who.kind()) {
            case USER -> new NotProvableCheck(DbLoginCheck.ID, after,
                    "Not proven: no password was given for the service account " + who.shown() + ", so Clusterwright"
                            + " cannot log in as it.",
                    "Give the password of " + who.shown() + ": on the Database page, or "
                            + SERVICE_PASSWORD_SOURCE + ".");
            case MANAGED -> new NotProvableCheck(DbLoginCheck.ID, after,
                    "Not provable from here: " + who.shown() + " is a group Managed Service Account, whose password"
                            + " only the domain and the nodes allowed to retrieve it know, so no one can log in as it"
                            + " from another machine.",
                    "On each node, as an administrator in PowerShell: Test-ADServiceAccount " + who.user()
                            + " (must say True), then run the test as the account through a scheduled task:"
                            + " Register-ScheduledTask -TaskName ClusterwrightProbe -Action (New-ScheduledTaskAction"
                            + " -Execute sqlcmd.exe -Argument '-S " + server + " -E -d " + database
                            + " -Q \"SELECT SUSER_SNAME(), IS_ROLEMEMBER(''db_owner'')\""
                            + " -o C:\\Windows\\Temp\\cw-probe.txt')"
                            + " -Principal (New-ScheduledTaskPrincipal -UserId '" + who.shown() + "' -LogonType"
                            + " Password); Start-ScheduledTask ClusterwrightProbe; Get-Content"
                            + " C:\\Windows\\Temp\\cw-probe.txt; Unregister-ScheduledTask ClusterwrightProbe"
                            + " -Confirm:$false");
            case BUILT_IN -> new NotProvableCheck(DbLoginCheck.ID, after,
                    "Not provable from here: " + who.shown() + " reaches SQL Server as each node's computer account"
                            + " (DOMAIN\\NODE$), whose password only that node knows.",
                    "On each node, as an administrator: PsExec -s " + sqlcmd + " (LocalSystem and NETWORK SERVICE both"
                            + " appear to SQL Server as DOMAIN\\NODE$); SQL Server needs a login for every node:"
                            + " CREATE LOGIN [DOMAIN\\NODE$] FROM WINDOWS.");
        };
    }

    /** db.tls needs a login to complete a connection, which Integrated Security does not allow from here. */
    static NotProvableCheck integratedTls() {
        return new NotProvableCheck(DbTlsCheck.ID, Set.of(DbTcpCheck.ID),
                "Not proven: the encrypted connection is tested together with the login, which Integrated Security"
                        + " does not allow from here (see db.login).",
                "The same sqlcmd test that proves the login (see db.login) also proves encryption: with"
                        + " Encrypt=True it fails on an untrusted certificate.");
    }
}
