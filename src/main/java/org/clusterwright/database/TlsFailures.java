package org.clusterwright.database;

import org.clusterwright.check.Outcome;
import org.clusterwright.profile.DatabaseKind;

/**
 * What db.tls says when the handshake itself failed: each case names the secure fix first and the insecure
 * workaround last, because administrators reach for TrustServerCertificate=True far too quickly.
 */
final class TlsFailures {
    private TlsFailures() {
    }

    static Outcome outcome(ConnectFailure failure, ProbeTarget target) {
        boolean sql = target.kind() == DatabaseKind.SQL_SERVER;
        String host = target.connection().host();
        return switch (failure.kind()) {
            case TLS_UNTRUSTED -> Outcome.fail("The server's TLS certificate is not trusted by this machine"
                    + " (certificate path not validated).", sql
                    ? "The product sees the same on every node: Encrypt=True (the default of Microsoft.Data.SqlClient"
                    + " 4 and later) with TrustServerCertificate=False checks the certificate. Secure fix: give SQL"
                    + " Server a certificate issued by a CA the nodes trust, or install the server's CA certificate in"
                    + " the Trusted Root store of every node (and in Java's trust store on this machine). Insecure"
                    + " workaround: TrustServerCertificate=True keeps encryption but no longer proves the server is"
                    + " the right one."
                    : "SSL Mode=" + target.postgres().orElseThrow().sslMode().npgsqlName() + " checks the"
                    + " certificate. Secure fix: install the CA that issued the server's certificate as trusted on"
                    + " every node (and in Java's trust store here). Insecure workaround: SSL Mode=Require with Trust"
                    + " Server Certificate=true encrypts without checking who answers.");
            case TLS_NAME_MISMATCH -> Outcome.fail("The certificate does not name the server as it is written in the"
                    + " connection string: connected to \"" + failure.names().orElseThrow().connectedTo() + "\", "
                    + (failure.names().orElseThrow().inCertificate().isEmpty() ? "which is not among the certificate's"
                    + " names." : "the certificate names \"" + failure.names().orElseThrow().inCertificate() + "\"."),
                    "Write the server as the certificate names it (Data Source / Host = a name in the certificate),"
                            + " or reissue the certificate with \"" + host + "\" among its subject alternative names."
                            + (sql ? " When the name differs on purpose (an alias or availability group listener),"
                            + " HostNameInCertificate tells the driver which name to expect." : ""));
            case TLS_UNSUPPORTED -> Outcome.fail(sql
                    ? "Encryption is mandatory (Encrypt=True, or Encrypt not given: the default of"
                    + " Microsoft.Data.SqlClient 4 and later) but the server offers no TLS."
                    : "SSL Mode=" + target.postgres().orElseThrow().sslMode().npgsqlName() + " requires"
                    + " encryption but the server does not support SSL.", sql
                    ? "Secure fix: give the SQL Server instance a certificate (SQL Server Configuration Manager >"
                    + " Protocols > Certificate) and restart it. Insecure workaround: Encrypt=False, which sends"
                    + " queries and results in clear text."
                    : "Secure fix: turn on ssl in postgresql.conf with a certificate and key, then reload."
                    + " Insecure workaround: SSL Mode=Prefer or Disable, which may connect unencrypted.");
            case TLS_OTHER -> Outcome.fail("The TLS handshake with " + host + " failed: " + failure.message(),
                    "Old servers offer only TLS 1.0/1.1, which current Java and .NET refuse: update the server or its"
                            + " TLS configuration. Otherwise the message above names the cause.");
            case TIMEOUT -> Outcome.fail(host + " accepted the TCP connection but did not complete the "
                    + (sql ? "SQL Server pre-login and login" : "PostgreSQL start-up") + " in time: "
                    + failure.message(), "Check that the port belongs to the database server (not a proxy or port"
                    + " forward to nowhere) and that the server is not hung. If it is merely slow, raise --timeout.");
            case UNREACHABLE -> Outcome.fail("The connection to " + host + " was refused or cut before the server"
                    + " answered: " + failure.message(), "Check that the database service is running and that"
                    + " nothing between here and the server closes the connection.");
            default -> Outcome.error("The test connection failed for a reason Clusterwright does not recognise: "
                    + failure.message(), "Read the driver's message above; it usually names the cause.");
        };
    }
}
