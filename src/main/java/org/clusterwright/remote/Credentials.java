package org.clusterwright.remote;

import com.hierynomus.smbj.auth.AuthenticationContext;
import com.hierynomus.smbj.connection.Connection;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.secrets.Secret;

import java.util.Objects;

/**
 * Who an SMB session logs on as, and how: the one place that turns an identity into SMB authentication. An
 * account name ({@code DOMAIN\\name}, {@code name@REALM} or a bare local name) and its password, logged on with
 * Kerberos, NTLM, or Kerberos then NTLM as {@link DomainAuth} allows (see {@link SmbLogin}).
 */
public final class Credentials {
    private final String user;
    private final Secret password;
    private final DomainAuth auth;

    private Credentials(String user, Secret password, DomainAuth auth) {
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    /** Kerberos for a domain account, NTLM for a local one or when Kerberos cannot be used ({@link DomainAuth#AUTO}). */
    public static Credentials of(String user, Secret password) {
        return new Credentials(user, password, DomainAuth.AUTO);
    }

    /** The same account, proving itself only as {@code how} allows; null means {@link DomainAuth#AUTO}. */
    public Credentials with(DomainAuth how) {
        return new Credentials(user, password, how == null ? DomainAuth.AUTO : how);
    }

    /** The account, as messages name it; never the password. */
    public String user() {
        return user;
    }

    /** What SMBJ authenticates with over NTLM; the password is handed over as characters, never logged. */
    public AuthenticationContext authentication() {
        return SmbLogin.authentication(user, password);
    }

    /** Logs on over {@code connection}; the answer names the identity and mechanism really used. */
    SmbLogin.Authenticated logOn(Connection connection) {
        return SmbLogin.authenticate(connection, user, password, auth);
    }

    @Override
    public String toString() {
        return user;
    }
}
