package org.clusterwright.database;

import org.clusterwright.check.Outcome;

import java.util.Map;

/** What db.login says when the server refused the credentials, in words an administrator can act on. */
final class LoginFailures {
    /** SQL Server's 18456 states as Microsoft documents them; clients normally only ever see state 1. */
    private static final Map<Integer, String> STATES = Map.ofEntries(
            Map.entry(2, "the login does not exist"), Map.entry(5, "the login does not exist"),
            Map.entry(6, "a Windows login name was used for SQL Server authentication"),
            Map.entry(7, "the login is disabled"), Map.entry(8, "the password is wrong"),
            Map.entry(9, "the password is not valid"), Map.entry(11, "the login has no access to the server"),
            Map.entry(12, "the login has no access to the server"), Map.entry(18, "the password must be changed"),
            Map.entry(38, "the login could not open the database it asked for"),
            Map.entry(40, "the login could not open its default database"),
            Map.entry(58, "the server accepts only Windows authentication"));

    private LoginFailures() {
    }

    static Outcome outcome(ConnectFailure failure, ProbeTarget target, String passwordSource) {
        String user = target.connection().user().orElse("(none)");
        String noPassword = target.passwordGiven() ? "" : "Clusterwright was given no password for this login ("
                + passwordSource + "). ";
        if (failure.kind() == ConnectFailure.Kind.ACCESS_RULE) {
            return Outcome.fail("PostgreSQL has no pg_hba.conf rule that lets user " + user + " in from this"
                    + " machine.", "Add a host (or hostssl) line with scram-sha-256 for the database and user,"
                    + " covering the address of this machine and of every cluster node, then reload the server.")
                    .withDetail(failure.message());
        }
        if (target.sqlServer().isPresent()) {
            String state = failure.serverState().isPresent()
                    ? stateText(failure.serverState().getAsInt())
                    : "The driver passed on no state, so the reason can only be read in the server's error log.";
            return Outcome.fail("SQL Server refused the login for user " + user + " (error 18456). " + state,
                            noPassword + "Check User ID and the password; check that the server allows SQL Server"
                                    + " authentication (mixed mode) and that the login is enabled. The SQL Server"
                                    + " error log names the real reason as the state of error 18456.")
                    .withDetail(failure.message())
                    .withEvidence("errorCode", failure.errorCode())
                    .withEvidence("state", failure.serverState().isPresent()
                            ? String.valueOf(failure.serverState().getAsInt()) : "unknown");
        }
        String summary = failure.message().contains("no password was provided")
                ? "PostgreSQL asks for a password for user " + user + " and Clusterwright has none."
                : "28P01".equals(failure.sqlState())
                ? "PostgreSQL refused the password for user " + user + " (28P01, invalid password)."
                : "PostgreSQL refused the login for user " + user + " (" + failure.sqlState() + ").";
        return Outcome.fail(summary,
                        noPassword + "Check Username and the password, and that the role exists and may log in"
                                + " (ALTER ROLE " + user + " WITH LOGIN PASSWORD '...').")
                .withDetail(failure.message())
                .withEvidence("sqlState", failure.sqlState());
    }

    private static String stateText(int state) {
        if (state == 1) {
            return "State 1 is all SQL Server tells a client: the real reason (unknown login, wrong password,"
                    + " disabled login, Windows authentication only, ...) is only in the server's error log.";
        }
        String meaning = STATES.get(state);
        return meaning == null ? "State " + state + " is not one Clusterwright knows; the server's error log explains it."
                : "State " + state + ": " + meaning + ".";
    }
}
