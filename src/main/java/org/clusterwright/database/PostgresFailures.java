package org.clusterwright.database;

import org.clusterwright.database.ConnectFailure.Kind;
import org.clusterwright.database.ConnectFailure.Names;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sorts pgjdbc's connection failures by SQLState first, then by the texts pgjdbc 42.7 produces. */
final class PostgresFailures {
    /** pgjdbc: The hostname a could not be verified by hostnameverifier PgjdbcHostnameVerifier. */
    private static final Pattern NAME_MISMATCH = Pattern.compile("The hostname (\\S+) could not be verified");

    private PostgresFailures() {
    }

    static ConnectFailure classify(SQLException failure) {
        String message = ConnectFailure.messageOf(failure);
        String state = String.valueOf(failure.getSQLState());
        Optional<Names> names = Optional.empty();
        Matcher mismatch = NAME_MISMATCH.matcher(message);
        Kind kind;
        if (state.equals("28P01") || message.contains("but no password was provided")) {
            kind = Kind.LOGIN_FAILED;
        } else if (state.equals("28000")) {
            kind = message.contains("pg_hba.conf") ? Kind.ACCESS_RULE : Kind.LOGIN_FAILED;
        } else if (state.equals("3D000") || state.equals("42501")) {
            // 42501 at connect time: the database exists but the role lacks CONNECT on it
            kind = Kind.DATABASE_UNAVAILABLE;
        } else if (mismatch.find()) {
            kind = Kind.TLS_NAME_MISMATCH;
            names = Optional.of(new Names(mismatch.group(1), "")); // pgjdbc does not say which names it found
        } else if (ConnectFailure.mentions(failure, "PKIX path") || message.contains("root certificate file")) {
            kind = Kind.TLS_UNTRUSTED;
        } else if (message.contains("does not support SSL")) {
            kind = Kind.TLS_UNSUPPORTED;
        } else if (failure instanceof SQLTimeoutException || ConnectFailure.causedBy(failure, SocketTimeoutException.class)
                || message.contains("timed out")) {
            kind = Kind.TIMEOUT;
        } else if (message.startsWith("SSL error") || ConnectFailure.causedBy(failure, javax.net.ssl.SSLException.class)) {
            kind = Kind.TLS_OTHER;
        } else if (ConnectFailure.causedBy(failure, ConnectException.class) || message.contains("Connection refused")) {
            kind = Kind.UNREACHABLE;
        } else {
            kind = Kind.OTHER;
        }
        return new ConnectFailure(kind, message, state, failure.getErrorCode(), OptionalInt.empty(), names);
    }
}
