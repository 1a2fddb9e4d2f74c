package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

/**
 * Opens the run's one test connection with the product's encryption settings and judges how it is protected.
 * The later checks (login, database, queries) read the same attempt instead of connecting again; see
 * {@link ProbeSession} for why.
 */
final class DbTlsCheck implements Check {
    static final CheckId ID = CheckId.of("db.tls");

    private final ProbeTarget target;
    /** How many checks follow this one; the open connection must survive at most that many deadlines. */
    private final int checksAfter;

    DbTlsCheck(ProbeTarget target, int checksAfter) {
        this.target = target;
        this.checksAfter = checksAfter;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Set<CheckId> requires() {
        return Set.of(DbTcpCheck.ID);
    }

    @Override
    public Outcome run(CheckContext context) throws SQLException {
        ProbeBudget budget = ProbeBudget.of(context.deadline());
        Duration lifetime = context.deadline().multipliedBy(checksAfter + 1L);
        ProbeSession session = ProbeSession.open(target, budget, context.get(ProbeKeys.BROWSER_PORT).orElse(null),
                lifetime);
        context.put(ProbeKeys.SESSION, session);
        TlsVerdict verdict = TlsVerdict.of(target);
        Outcome outcome;
        if (session.connection().isPresent()) {
            outcome = verdict.connected(encryptedNow(session.connection().get()));
        } else {
            ConnectFailure failure = ConnectFailure.of(target.kind(), session.failure().orElseThrow(),
                    target.password());
            outcome = failure.kind() == ConnectFailure.Kind.IDENTITY
                    ? Outcome.skip("Not judged: Kerberos could not prove the service account (see db.login), so no"
                    + " connection was completed.")
                    : failure.kind().reachedLogin() ? verdict.connected(null)
                    : TlsFailures.outcome(failure, target).withDetail(failure.message())
                    .withEvidence("sqlState", failure.sqlState());
            if (failure.kind().reachedLogin()) {
                outcome = outcome.withDetail((outcome.detail().isEmpty() ? "" : outcome.detail() + "\n")
                        + "The server went on to check the credentials, so everything before the login worked;"
                        + " the login itself is judged by db.login.");
            }
        }
        return verdict.evidence(outcome).withEvidence("connectMillis", session.connectMillis())
                .withEvidence("timeoutSeconds", budget.wholeSeconds());
    }

    /** Whether the open session is encrypted, as the server sees it; null when the server would not say. */
    private Boolean encryptedNow(Connection connection) {
        String sql = target.sqlServer().isPresent()
                ? "SELECT CONVERT(nvarchar(10), CONNECTIONPROPERTY('encrypt_option')) AS encrypted"
                : "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()";
        try {
            return QueryRow.first(connection, sql).map(row -> row.flag(0)).orElse(null);
        } catch (SQLException e) {
            return null; // an old server without the view: judge by the settings alone
        }
    }
}
