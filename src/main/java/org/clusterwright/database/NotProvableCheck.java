package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.util.Set;

/**
 * Stands in for a check that cannot be proven from this machine, so the result says so and how to prove it
 * elsewhere, instead of the check silently missing or, worse, passing.
 */
final class NotProvableCheck implements Check {
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

    /** Integrated Security: the product logs in as each node's service account, which this process is not. */
    static NotProvableCheck integratedLogin(SqlServerConnectionString sql) {
        String server = sql.host() + sql.instance().map(i -> "\\" + i).orElse("")
                + (sql.portGiven() ? "," + sql.port().getAsInt() : "");
        String database = sql.database().orElse("<database>");
        return new NotProvableCheck(DbLoginCheck.ID, Set.of(DbTcpCheck.ID),
                "Not proven: Integrated Security logs in as each node's service account, which Clusterwright"
                        + " cannot act as from here, so the login, the database and everything after it are"
                        + " unchecked.",
                "Prove it on each node as the service account: sqlcmd -S " + server + " -E -d " + database
                        + " -Q \"SELECT SUSER_SNAME(), IS_ROLEMEMBER('db_owner')\" (for NETWORK SERVICE or"
                        + " LocalSystem run it with PsExec -s; SQL Server then sees the node's computer account"
                        + " DOMAIN\\NODE$). Or, from a domain-joined machine, test the service account's own"
                        + " credentials over NTLM with mssql-jdbc (integratedSecurity=true;"
                        + " authenticationScheme=NTLM;domain=DOMAIN, user and password of that account).");
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
