package org.clusterwright.identity;

import org.clusterwright.secrets.Secret;
import org.ietf.jgss.GSSCredential;
import org.ietf.jgss.GSSException;
import org.ietf.jgss.GSSManager;
import org.ietf.jgss.Oid;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Map;

/**
 * Logs a domain account in to Kerberos with its password, so a server can be reached as that account and no other.
 *
 * <p>Why not the drivers' own Kerberos logins: they look in this user's ticket cache first, and would prove
 * whoever is logged on here instead of the service account. This login never reads or writes a ticket cache; the
 * tickets live in the returned {@link Credentials} only. The realm's KDC comes from the JVM's Kerberos
 * configuration (the domain on Windows, {@code krb5.conf} elsewhere), read again on every login.
 */
public final class KerberosLogin {
    public static final Oid KERBEROS = oid("1.2.840.113554.1.2.2");
    private static final String ENTRY = "clusterwright";
    private static final String KRB5_CONF = "java.security.krb5.conf";

    private KerberosLogin() {
    }

    /** The account's tickets: a Subject holding its TGT and a GSS credential to start contexts with. */
    public record Credentials(Subject subject, GSSCredential credential, String principal) {
        @Override
        public String toString() {
            return "Kerberos credentials of " + principal;
        }
    }

    /** Signals a failed login or ticket request; {@link #failure()} says why in an administrator's terms. */
    public static final class KerberosException extends Exception {
        private final transient KerberosFailure failure;

        public KerberosException(KerberosFailure failure, Throwable cause) {
            super(failure.message(), cause);
            this.failure = failure;
        }

        public KerberosFailure failure() {
            return failure;
        }
    }

    public static Credentials login(DomainIdentity account, Secret password) throws KerberosException {
        useKrb5ConfigVariable(System.getenv("KRB5_CONFIG"));
        Subject subject = new Subject();
        try {
            LoginContext context = new LoginContext(ENTRY, subject, callbacks -> answer(callbacks, account, password),
                    configuration());
            context.login();
            GSSCredential credential = Subject.doAs(subject, (PrivilegedExceptionAction<GSSCredential>) () ->
                    GSSManager.getInstance().createCredential(null, GSSCredential.DEFAULT_LIFETIME, KERBEROS,
                            GSSCredential.INITIATE_ONLY));
            String principal = subject.getPrincipals().stream().findFirst().map(Object::toString)
                    .orElse(account.principal());
            return new Credentials(subject, credential, principal);
        } catch (LoginException e) {
            throw new KerberosException(KerberosFailure.of(e), e);
        } catch (PrivilegedActionException e) {
            throw new KerberosException(KerberosFailure.of(e.getException()), e.getException());
        }
    }

    /**
     * MIT Kerberos' tools read KRB5_CONFIG and Java does not; an administrator who pointed kinit at a krb5.conf
     * expects the same file here. An explicit java.security.krb5.conf wins.
     */
    static void useKrb5ConfigVariable(String variable) {
        if (variable != null && !variable.isBlank() && System.getProperty(KRB5_CONF) == null
                && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(variable))) {
            System.setProperty(KRB5_CONF, variable);
        }
    }

    private static void answer(Callback[] callbacks, DomainIdentity account, Secret password)
            throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(account.principal());
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password.reveal().toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }

    private static Configuration configuration() {
        AppConfigurationEntry entry = new AppConfigurationEntry("com.sun.security.auth.module.Krb5LoginModule",
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, Map.of(
                        "useTicketCache", "false", "doNotPrompt", "false", "storeKey", "false",
                        "isInitiator", "true", "refreshKrb5Config", "true"));
        return new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return ENTRY.equals(name) ? new AppConfigurationEntry[] {entry} : null;
            }
        };
    }

    private static Oid oid(String text) {
        try {
            return new Oid(text);
        } catch (GSSException e) {
            throw new IllegalStateException(e);
        }
    }
}
