package org.clusterwright.remote;

import com.hierynomus.smbj.auth.AuthenticationContext;
import com.hierynomus.smbj.auth.GSSAuthenticationContext;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.session.Session;
import org.clusterwright.identity.DomainIdentity;
import org.clusterwright.identity.KerberosFailure;
import org.clusterwright.identity.KerberosLogin;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.secrets.Secret;

import java.util.Optional;

/**
 * Opens an SMB session as an account: Kerberos (SPNEGO, with the account's own tickets for {@code cifs/host}) for a
 * domain account, NTLM for a local one or as the fallback the administrator allows. The result says which it was,
 * so a claim such as "as the service account" names the identity and mechanism really used.
 *
 * <p>With {@link DomainAuth#AUTO}, Kerberos is tried for accounts written with a domain ({@code CORP\svc},
 * {@code svc@CORP.EXAMPLE}); NTLM follows only when Kerberos could not be used at all (no KDC, no realm, no SPN for
 * the server) or the KDC does not know the account (a server's local account written as {@code SERVER\\name}),
 * never after the domain refused the password, the account or the clock, which NTLM would only repeat.
 */
public final class SmbLogin {
    public static final String KERBEROS = "Kerberos";
    public static final String NTLM = "NTLM";

    private SmbLogin() {
    }

    /**
     * A logged-in session and who it is.
     *
     * @param fallback why NTLM was used after Kerberos, or empty
     */
    public record Authenticated(Session session, String account, String mechanism, String fallback) {
        /** "CORP\svc-proget (Kerberos)", for results and evidence. */
        public String identity() {
            return account + " (" + mechanism + ")";
        }
    }

    /** The domain refused the account's Kerberos login or ticket; {@link #failure()} says why. */
    public static final class KerberosRefused extends RuntimeException {
        private final transient KerberosFailure failure;
        private final String service;

        KerberosRefused(KerberosFailure failure, String service, Throwable cause) {
            super(failure.message(), cause);
            this.failure = failure;
            this.service = service;
        }

        public KerberosFailure failure() {
            return failure;
        }

        /** The SPN the ticket was for, {@code cifs/host}. */
        public String service() {
            return service;
        }
    }

    public static Authenticated authenticate(Connection connection, String user, Secret password, DomainAuth auth) {
        String service = "cifs/" + connection.getRemoteHostname();
        Optional<DomainIdentity> account = DomainIdentity.parse(user).filter(id -> !id.domain().isEmpty());
        if (account.isEmpty() || !auth.allowsKerberos()) {
            return ntlm(connection, user, password, "");
        }
        try {
            return kerberos(connection, account.get(), password, service);
        } catch (KerberosRefused refused) {
            KerberosFailure why = refused.failure();
            boolean fallBack = auth.allowsNtlm()
                    && (why.kerberosUnavailable() || why.kind() == KerberosFailure.Kind.UNKNOWN_ACCOUNT);
            if (!fallBack) {
                throw refused;
            }
            return ntlm(connection, user, password, why.summary(account.get().shown(), service));
        }
    }

    private static Authenticated kerberos(Connection connection, DomainIdentity account, Secret password,
                                          String service) {
        KerberosLogin.Credentials credentials;
        try {
            credentials = KerberosLogin.login(account, password);
        } catch (KerberosLogin.KerberosException e) {
            throw new KerberosRefused(e.failure(), service, e);
        }
        try {
            Session session = connection.authenticate(new GSSAuthenticationContext(account.user(), account.domain(),
                    credentials.subject(), credentials.credential()));
            return new Authenticated(session, account.shown(), KERBEROS, "");
        } catch (RuntimeException e) {
            org.ietf.jgss.GSSException gss = cause(e, org.ietf.jgss.GSSException.class);
            if (gss == null) {
                throw e; // an SMB status (STATUS_LOGON_FAILURE, ...): the server's answer, worded by the caller
            }
            throw new KerberosRefused(KerberosFailure.of(gss), service, e);
        }
    }

    private static Authenticated ntlm(Connection connection, String user, Secret password, String fallback) {
        AuthenticationContext context = authentication(user, password);
        Session session = connection.authenticate(context);
        String shown = context.getDomain().isEmpty() ? context.getUsername()
                : context.getDomain() + "\\" + context.getUsername();
        return new Authenticated(session, shown, NTLM, fallback);
    }

    /** {@code DOMAIN\\name}, {@code name@domain} or a bare user name, for NTLM; the password is never logged. */
    public static AuthenticationContext authentication(String user, Secret password) {
        DomainIdentity account = DomainIdentity.parse(user).orElse(new DomainIdentity("", "", false));
        return new AuthenticationContext(account.user(), password.reveal().toCharArray(), account.ntlmDomain());
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
