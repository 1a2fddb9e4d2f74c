package org.clusterwright.database;

import org.clusterwright.check.Outcome;
import org.clusterwright.identity.KerberosFailure;

/**
 * What db.login says when the service account's Integrated Security login failed: a Kerberos refusal in the
 * domain's words, or SQL Server's refusal of the proven identity, each as something an administrator can act on.
 */
final class IntegratedFailures {
    private IntegratedFailures() {
    }

    static Outcome outcome(ConnectFailure failure, IntegratedLogin.Attempt attempt, KerberosFailure kerberos) {
        String account = attempt.account();
        Outcome outcome;
        if (kerberos != null) {
            outcome = Outcome.fail(kerberos.summary(account, attempt.spn()), kerberos.remedy(account, attempt.spn()))
                    .withEvidence("kerberosError", kerberos.kind().name()
                            + (kerberos.code() >= 0 ? " (" + kerberos.code() + ")" : ""));
        } else if (failure.errorCode() == 18452) {
            outcome = Outcome.fail("SQL Server refused the " + attempt.scheme() + " login of " + account
                            + " (error 18452: the login is from an untrusted domain and cannot be used with Integrated"
                            + " authentication). The domain did not accept the account and password"
                            + (attempt.scheme().equals(IntegratedLogin.NTLM) ? ", or it refuses NTLM." : "."),
                    attempt.scheme().equals(IntegratedLogin.NTLM)
                            ? "Check the account name and re-enter its password. If the domain restricts NTLM"
                            + " (Network security: Restrict NTLM), use Kerberos: register SQL Server's SPN on the"
                            + " account SQL Server runs as (setspn -S " + attempt.spn()
                            + " DOMAIN\\sql-service-account)"
                            + " and choose Kerberos."
                            : "Check the SPN " + attempt.spn() + " is registered on the account SQL Server runs as,"
                            + " and that both are in the same or a trusted domain.");
        } else if (failure.kind() == ConnectFailure.Kind.LOGIN_FAILED) {
            outcome = Outcome.fail("The domain accepted " + account + ", but SQL Server has no login for it, or the"
                            + " login is disabled (error 18456).",
                    "On SQL Server: CREATE LOGIN [" + account + "] FROM WINDOWS; then in the product's database"
                            + " CREATE USER for that login and ALTER ROLE db_owner ADD MEMBER it.")
                    .withEvidence("errorCode", failure.errorCode());
        } else {
            outcome = Outcome.fail("The " + attempt.scheme() + " login of " + account + " failed: " + failure.message(),
                    "Check the account, its password and that SQL Server accepts Windows logins.");
        }
        return evidence(outcome.withDetail(failure.message()), attempt);
    }

    static Outcome evidence(Outcome outcome, IntegratedLogin.Attempt attempt) {
        Outcome with = outcome.withEvidence("serviceAccount", attempt.account())
                .withEvidence("authScheme", attempt.scheme()).withEvidence("spn", attempt.spn());
        return attempt.fallback().isEmpty() ? with : with.withEvidence("kerberosFallback", attempt.fallback());
    }
}
