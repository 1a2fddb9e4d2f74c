package org.clusterwright.database;

import com.microsoft.sqlserver.jdbc.SQLServerError;
import com.microsoft.sqlserver.jdbc.SQLServerException;
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

/** Sorts mssql-jdbc's connection failures; the texts matched are the ones mssql-jdbc 12.8 produces. */
final class SqlServerFailures {
    /** mssql-jdbc: Failed to validate the server name "a"in a certificate ... Name in certificate "b". */
    private static final Pattern NAME_MISMATCH =
            Pattern.compile("server name \"([^\"]*)\".*?Name in certificate \"([^\"]*)\"", Pattern.DOTALL);

    private SqlServerFailures() {
    }

    static ConnectFailure classify(SQLException failure) {
        if (failure instanceof IntegratedLogin.Failed integrated) {
            if (integrated.kerberos() != null) {
                return new ConnectFailure(Kind.IDENTITY, integrated.kerberos().message(), "28000",
                        integrated.kerberos().code(), OptionalInt.empty(), Optional.empty());
            }
            if (integrated.getCause() instanceof SQLException driver) {
                return classify(driver);
            }
        }
        String message = ConnectFailure.messageOf(failure);
        int code = failure.getErrorCode();
        Kind kind;
        Optional<Names> names = Optional.empty();
        Matcher mismatch = NAME_MISMATCH.matcher(message);
        if (code == 4060) {
            kind = Kind.DATABASE_UNAVAILABLE;
        } else if (code == 18456 || code == 18452) {
            kind = Kind.LOGIN_FAILED;
        } else if (mismatch.find()) {
            kind = Kind.TLS_NAME_MISMATCH;
            names = Optional.of(new Names(mismatch.group(1), mismatch.group(2)));
        } else if (ConnectFailure.mentions(failure, "PKIX path") || message.contains("certification path")) {
            kind = Kind.TLS_UNTRUSTED;
        } else if (message.contains("server is not configured to support SSL")) {
            kind = Kind.TLS_UNSUPPORTED;
        } else if (failure instanceof SQLTimeoutException || ConnectFailure.causedBy(failure, SocketTimeoutException.class)
                || message.contains("timed out")) {
            kind = Kind.TIMEOUT;
        } else if (message.contains("Secure Sockets Layer") || ConnectFailure.causedBy(failure,
                javax.net.ssl.SSLException.class)) {
            kind = Kind.TLS_OTHER;
        } else if (ConnectFailure.causedBy(failure, ConnectException.class) || message.contains("Connection refused")
                || message.contains("connection reset") || message.contains("Connection reset")) {
            kind = Kind.UNREACHABLE;
        } else {
            kind = Kind.OTHER;
        }
        return new ConnectFailure(kind, message, String.valueOf(failure.getSQLState()), code, serverState(failure),
                names);
    }

    /** The state SQL Server sent with the error, when the driver kept it. */
    private static OptionalInt serverState(SQLException failure) {
        if (failure instanceof SQLServerException server) {
            SQLServerError error = server.getSQLServerError();
            if (error != null) {
                return OptionalInt.of(error.getErrorState());
            }
        }
        return OptionalInt.empty();
    }
}
