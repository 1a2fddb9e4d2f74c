package org.clusterwright.database.tds;

import org.ietf.jgss.GSSContext;
import org.ietf.jgss.GSSCredential;
import org.ietf.jgss.GSSException;
import org.ietf.jgss.GSSManager;
import org.ietf.jgss.Oid;

import javax.security.auth.Subject;
import javax.security.auth.kerberos.KerberosKey;
import javax.security.auth.kerberos.KerberosPrincipal;
import javax.security.auth.kerberos.KeyTab;
import java.io.File;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;

/**
 * The server's side of a Kerberos login: a Java GSS acceptor that decrypts the client's AP-REQ with the keys of
 * SQL Server's service account, read from the keytab the domain exported, and answers with the AP-REP that
 * mutual authentication asks for. The ticket names the SPN, so the account's keys are offered under the SPN's
 * name, as Windows does for every SPN registered on an account.
 */
public final class KerberosAcceptor implements WindowsLogins.SspiAcceptor {
    private static final Oid KERBEROS = oid("1.2.840.113554.1.2.2");

    private final String netbiosDomain;
    private final GSSContext context;

    KerberosAcceptor(Keys keys, String netbiosDomain) {
        this.netbiosDomain = netbiosDomain;
        try {
            this.context = GSSManager.getInstance().createContext(keys.credential());
        } catch (GSSException e) {
            throw new IllegalStateException("cannot create a Kerberos acceptor: " + e, e);
        }
    }

    @Override
    public SspiStep accept(byte[] token) {
        try {
            byte[] reply = context.acceptSecContext(token, 0, token.length);
            if (!context.isEstablished()) {
                return SspiStep.more(reply == null ? new byte[0] : reply);
            }
            String principal = context.getSrcName().toString(); // svc-proget@CW.TEST
            String user = principal.substring(0, principal.indexOf('@'));
            return SspiStep.accepted(reply == null ? new byte[0] : reply, netbiosDomain + "\\" + user);
        } catch (GSSException e) {
            return SspiStep.refused("Kerberos: " + e.getMessage());
        }
    }

    /** SQL Server's acceptor credential: the service account's keys from a keytab, offered for one SPN. */
    public static final class Keys {
        private final Subject subject;

        private Keys(Subject subject) {
            this.subject = subject;
        }

        /**
         * @param keytab  exported for {@code account}
         * @param account the principal whose keys the keytab holds, {@code sqlsvc@CW.TEST}
         * @param spn     the principal clients ask tickets for, {@code MSSQLSvc/127.0.0.1:1433@CW.TEST}
         */
        public static Keys fromKeytab(File keytab, String account, String spn) {
            KerberosPrincipal service = new KerberosPrincipal(spn);
            Subject subject = new Subject();
            subject.getPrincipals().add(service);
            KerberosKey[] keys = KeyTab.getInstance(keytab).getKeys(new KerberosPrincipal(account));
            if (keys.length == 0) {
                throw new IllegalArgumentException("the keytab " + keytab + " holds no keys for " + account);
            }
            for (KerberosKey key : keys) {
                subject.getPrivateCredentials().add(new KerberosKey(service, key.getEncoded(), key.getKeyType(),
                        key.getVersionNumber()));
            }
            return new Keys(subject);
        }

        GSSCredential credential() throws GSSException {
            try {
                return Subject.doAs(subject, (PrivilegedExceptionAction<GSSCredential>) () -> GSSManager.getInstance()
                        .createCredential(null, GSSCredential.INDEFINITE_LIFETIME, KERBEROS,
                                GSSCredential.ACCEPT_ONLY));
            } catch (PrivilegedActionException e) {
                throw (GSSException) e.getException();
            }
        }
    }

    private static Oid oid(String text) {
        try {
            return new Oid(text);
        } catch (GSSException e) {
            throw new IllegalStateException(e);
        }
    }
}
