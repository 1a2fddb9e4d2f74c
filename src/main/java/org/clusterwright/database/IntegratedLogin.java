package org.clusterwright.database;

import org.clusterwright.identity.DomainIdentity;
import org.clusterwright.identity.KerberosFailure;
import org.clusterwright.identity.KerberosLogin;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.secrets.Secret;
import org.ietf.jgss.GSSException;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connects to SQL Server with Integrated Security as the product's service account, not as whoever runs
 * Clusterwright: Kerberos with the account's own tickets (mssql-jdbc's JavaKerberos, given the credential and the
 * SPN), or NTLM with its name and password (mssql-jdbc's NTLM). With {@link DomainAuth#AUTO}, NTLM is tried only
 * when Kerberos cannot be used at all (no SPN, no KDC, no realm), never after the domain refused the account or
 * its password, which NTLM would only repeat (and bring the account nearer to a lock-out).
 */
final class IntegratedLogin {
    static final String KERBEROS = "Kerberos";
    static final String NTLM = "NTLM";

    private IntegratedLogin() {
    }

    /**
     * How the login was attempted, for the evidence.
     *
     * @param fallback why NTLM was used after Kerberos, or empty
     */
    record Attempt(String scheme, String account, String spn, String fallback) {
    }

    /** A login that failed before or during the SSPI exchange; the server may never have seen it. */
    static final class Failed extends SQLException {
        private final transient Attempt attempt;
        private final transient KerberosFailure kerberos;

        Failed(Attempt attempt, KerberosFailure kerberos, SQLException driver) {
            super(driver != null ? driver.getMessage() : kerberos.message(),
                    driver != null ? driver.getSQLState() : "28000",
                    driver != null ? driver.getErrorCode() : 0, driver);
            this.attempt = attempt;
            this.kerberos = kerberos;
        }

        Attempt attempt() {
            return attempt;
        }

        /** Null when the failure was not Kerberos' (NTLM refused by the server, a network error). */
        KerberosFailure kerberos() {
            return kerberos;
        }
    }

    record Connected(Connection connection, Attempt attempt) {
    }

    static Connected connect(Driver driver, String url, Properties properties, ServiceLogin service, String spn)
            throws SQLException {
        DomainAuth auth = service.auth();
        String account = service.account().shown();
        if (auth.allowsKerberos()) {
            try {
                return new Connected(kerberos(driver, url, properties, service, spn),
                        new Attempt(KERBEROS, account, spn, ""));
            } catch (Failed failed) {
                boolean fallBack = auth.allowsNtlm() && failed.kerberos() != null
                        && failed.kerberos().kerberosUnavailable();
                if (!fallBack) {
                    throw failed;
                }
                Attempt ntlm = new Attempt(NTLM, account, spn, failed.kerberos().summary(account, spn));
                return new Connected(ntlm(driver, url, properties, service, ntlm), ntlm);
            }
        }
        Attempt ntlm = new Attempt(NTLM, account, spn, "");
        return new Connected(ntlm(driver, url, properties, service, ntlm), ntlm);
    }

    private static Connection kerberos(Driver driver, String url, Properties base, ServiceLogin service, String spn)
            throws SQLException {
        Attempt attempt = new Attempt(KERBEROS, service.account().shown(), spn, "");
        KerberosLogin.Credentials credentials;
        try {
            credentials = KerberosLogin.login(service.account(), service.password());
        } catch (KerberosLogin.KerberosException e) {
            throw new Failed(attempt, e.failure(), null);
        }
        Properties properties = (Properties) base.clone();
        properties.setProperty("authenticationScheme", "JavaKerberos");
        properties.put("gsscredential", credentials.credential());
        String principal = credentials.principal();
        // with the realm given, the driver does not guess it from DNS
        properties.setProperty("serverSpn", spn + principal.substring(principal.indexOf('@')));
        try {
            return open(driver, url, properties);
        } catch (SQLException e) {
            GSSException gss = find(e, GSSException.class);
            throw new Failed(attempt, gss == null ? null : KerberosFailure.of(gss), e);
        }
    }

    private static Connection ntlm(Driver driver, String url, Properties base, ServiceLogin service, Attempt attempt)
            throws SQLException {
        Properties properties = (Properties) base.clone();
        properties.setProperty("authenticationScheme", "NTLM");
        properties.setProperty("user", service.account().user());
        properties.setProperty("password", service.password().reveal());
        properties.setProperty("domain", service.account().ntlmDomain());
        try {
            return open(driver, url, properties);
        } catch (SQLException e) {
            throw new Failed(attempt, null, e);
        }
    }

    private static Connection open(Driver driver, String url, Properties properties) throws SQLException {
        // with it, mssql-jdbc tries a refused Windows login (18452) a second time, which a domain counts as a
        // second bad password towards locking the account out
        properties.setProperty("transparentNetworkIPResolution", "false");
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException("the JDBC driver did not accept the URL " + url);
        }
        return connection;
    }

    /** The SPN SqlClient asks a ticket for over TCP: {@code MSSQLSvc/host:port}. */
    static String spn(String host, int port) {
        return "MSSQLSvc/" + host + ":" + port;
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The service account, its password and how it may prove itself. */
    record ServiceLogin(DomainIdentity account, Secret password, DomainAuth auth) {
        @Override
        public String toString() {
            return "ServiceLogin[" + account.shown() + ", " + auth.id() + "]";
        }
    }
}
