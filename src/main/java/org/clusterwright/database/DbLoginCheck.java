package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/** Judges the login of db.tls's connection attempt: were the product's credentials accepted? */
final class DbLoginCheck implements Check {
    static final CheckId ID = CheckId.of("db.login");
    /** Where a missing password comes from, for the remedy. */
    static final String PASSWORD_SOURCE = "type it on the Database page of the wizard, or set the environment"
            + " variable CLUSTERWRIGHT_DB_PASSWORD for the command line";

    private final ProbeTarget target;

    DbLoginCheck(ProbeTarget target) {
        this.target = target;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Set<CheckId> requires() {
        // a service account's Kerberos refusal leaves db.tls unjudged (SKIP); this check must still explain it
        return target.serviceLogin().isPresent() ? Set.of(DbTcpCheck.ID) : Set.of(DbTlsCheck.ID);
    }

    @Override
    public Outcome run(CheckContext context) {
        ProbeSession session = context.get(ProbeKeys.SESSION).orElse(null);
        if (session == null) {
            return Outcome.error("db.tls left no connection attempt behind.", "Report this as a bug in Clusterwright.");
        }
        Optional<Connection> connection = session.connection();
        Optional<IntegratedLogin.Attempt> integrated = session.integrated();
        if (connection.isPresent()) {
            String user = loggedInAs(connection.get());
            if (integrated.isPresent()) {
                IntegratedLogin.Attempt how = integrated.get();
                String fallback = how.fallback().isEmpty() ? ""
                        : " Kerberos could not be used (" + how.fallback() + ")";
                return IntegratedFailures.evidence(Outcome.pass("Logged in as the service account " + user + " with "
                        + how.scheme()
                        + (how.scheme().equals(IntegratedLogin.KERBEROS) ? " (SPN " + how.spn() + ")" : "")
                        + "." + fallback).withEvidence("user", user), how);
            }
            return Outcome.pass("Logged in as " + user + ".").withEvidence("user", user);
        }
        ConnectFailure failure = ConnectFailure.of(target.kind(), session.failure().orElseThrow(), target.password());
        if (integrated.isPresent()) {
            if (failure.kind() != ConnectFailure.Kind.IDENTITY && !failure.kind().reachedLogin()) {
                return Outcome.skip("Not run: the connection failed before the login (see db.tls).");
            }
            if (failure.kind() != ConnectFailure.Kind.DATABASE_UNAVAILABLE) {
                IntegratedLogin.Failed failed = (IntegratedLogin.Failed) session.failure().orElseThrow();
                return IntegratedFailures.outcome(failure, integrated.get(), failed.kerberos());
            }
        }
        if (failure.kind() == ConnectFailure.Kind.DATABASE_UNAVAILABLE) {
            String user = integrated.map(IntegratedLogin.Attempt::account)
                    .orElseGet(() -> target.connection().user().orElse("(none)"));
            return Outcome.pass("The server accepted the credentials of " + user + "; it then could not open the"
                    + " database (see db.database).").withEvidence("user", user);
        }
        return LoginFailures.outcome(failure, target, PASSWORD_SOURCE)
                .withEvidence("passwordGiven", target.passwordGiven());
    }

    /** The name the server knows the session by, which for SQL Server may differ in case or domain. */
    private String loggedInAs(Connection connection) {
        String sql = target.sqlServer().isPresent() ? "SELECT SUSER_SNAME() AS login_name" : "SELECT current_user";
        try {
            return QueryRow.first(connection, sql).map(row -> row.text(0)).filter(name -> !name.isEmpty())
                    .orElseGet(() -> target.connection().user().orElse("(unknown)"));
        } catch (SQLException e) {
            return target.connection().user().orElse("(unknown)");
        }
    }
}
