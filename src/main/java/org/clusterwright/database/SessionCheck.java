package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * A check that asks the open database a question. It runs only after db.database passed, on the connection
 * db.tls opened; the last one of the run closes that connection, whatever its own result.
 */
abstract class SessionCheck implements Check {
    protected final ProbeTarget target;
    private final boolean closesSession;

    SessionCheck(ProbeTarget target, boolean closesSession) {
        this.target = target;
        this.closesSession = closesSession;
    }

    @Override
    public Set<CheckId> requires() {
        return Set.of(DbDatabaseCheck.ID);
    }

    @Override
    public final Outcome run(CheckContext context) {
        ProbeSession session = context.get(ProbeKeys.SESSION).orElse(null);
        try {
            if (session == null || session.connection().isEmpty()) {
                return Outcome.error("There is no open connection to ask.", "Report this as a bug in Clusterwright:"
                        + " db.database passed without one.");
            }
            return ask(session.connection().get(), context);
        } catch (SQLException e) {
            return queryFailed(e);
        } finally {
            if (closesSession && session != null) {
                session.close();
            }
        }
    }

    /** Asks the server; a query that fails becomes ERROR (the question could not be answered), never PASS. */
    protected abstract Outcome ask(Connection connection, CheckContext context) throws SQLException;

    protected Outcome queryFailed(SQLException e) {
        String message = ConnectFailure.scrub(ConnectFailure.messageOf(e), target.password());
        boolean denied = e.getErrorCode() == 229 || e.getErrorCode() == 297 || e.getErrorCode() == 300
                || "42501".equals(e.getSQLState());
        return Outcome.error("The server did not answer the question: " + message, denied
                        ? "The login lacks a permission this check needs; with the rights the product needs"
                        + " (db_owner / owner of the database) it would have it. See db.permissions."
                        : "Read the server's message above; run the check again once the cause is fixed.")
                .withEvidence("sqlState", String.valueOf(e.getSQLState()))
                .withEvidence("errorCode", e.getErrorCode());
    }
}
