package org.clusterwright.database;

import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.secrets.Secret;

import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why the test connection failed, sorted into what a person must fix. The driver's message is kept for the detail,
 * scrubbed of the password in case a driver ever echoes it.
 *
 * @param serverState SQL Server's error state when the driver passed it on (18456 hides the reason behind it)
 * @param names       for a host-name mismatch, the name connected to and the name in the certificate
 */
record ConnectFailure(Kind kind, String message, String sqlState, int errorCode, OptionalInt serverState,
                      Optional<Names> names) {

    enum Kind {
        /** The server's certificate does not chain to a trusted authority. */
        TLS_UNTRUSTED,
        /** The certificate is trusted but names another host. */
        TLS_NAME_MISMATCH,
        /** The client insists on encryption and the server offers none. */
        TLS_UNSUPPORTED,
        /** Another failure during the TLS handshake. */
        TLS_OTHER,
        /** The server accepted TCP but did not answer in time. */
        TIMEOUT,
        /** Nothing listens, or the connection was cut before any answer. */
        UNREACHABLE,
        /** Wrong user or password (18456, 28P01). */
        LOGIN_FAILED,
        /** PostgreSQL's pg_hba.conf has no rule letting this host, user and database in. */
        ACCESS_RULE,
        /** The login worked but the database could not be opened (4060, 3D000, no CONNECT privilege). */
        DATABASE_UNAVAILABLE,
        /** Kerberos could not prove the service account (no ticket for it, or none for the server's SPN). */
        IDENTITY,
        /** Anything else; the message says what. */
        OTHER;

        boolean tls() {
            return this == TLS_UNTRUSTED || this == TLS_NAME_MISMATCH || this == TLS_UNSUPPORTED || this == TLS_OTHER;
        }

        /** The server got as far as checking credentials, so TCP, pre-login and TLS all worked. */
        boolean reachedLogin() {
            return this == LOGIN_FAILED || this == ACCESS_RULE || this == DATABASE_UNAVAILABLE;
        }
    }

    record Names(String connectedTo, String inCertificate) {
    }

    static ConnectFailure of(DatabaseKind kind, SQLException failure, Optional<Secret> password) {
        ConnectFailure raw = kind == DatabaseKind.SQL_SERVER ? SqlServerFailures.classify(failure)
                : PostgresFailures.classify(failure);
        return new ConnectFailure(raw.kind, scrub(raw.message, password), raw.sqlState, raw.errorCode,
                raw.serverState, raw.names);
    }

    static String scrub(String text, Optional<Secret> password) {
        String shown = text == null ? "" : text;
        if (password.isPresent() && !password.get().isEmpty()) {
            shown = shown.replace(password.get().reveal(), Secret.MASK);
        }
        return shown;
    }

    /** The first message in the chain that says anything, without the driver's per-connection trace id. */
    static String messageOf(SQLException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.replaceAll("\\s*ClientConnectionId:[0-9a-fA-F-]+", "").strip();
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    static boolean mentions(Throwable failure, String text) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }
}
