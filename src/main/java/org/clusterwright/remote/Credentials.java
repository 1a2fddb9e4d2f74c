package org.clusterwright.remote;

import com.hierynomus.smbj.auth.AuthenticationContext;
import org.clusterwright.secrets.Secret;

import java.util.Objects;

/**
 * Who an SMB session logs on as. The one place that turns an identity into SMB authentication, so another way to
 * log on (Kerberos, the logged-on Windows identity) is a change to this class alone; today it is an account name,
 * {@code DOMAIN\\user} or a bare user name, and its password.
 */
public final class Credentials {
    private final String user;
    private final Secret password;

    private Credentials(String user, Secret password) {
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
    }

    public static Credentials of(String user, Secret password) {
        return new Credentials(user, password);
    }

    /** The account, as messages name it; never the password. */
    public String user() {
        return user;
    }

    /** What SMBJ authenticates with; the password is handed over as characters, never logged. */
    public AuthenticationContext authentication() {
        int slash = user.indexOf('\\');
        String domain = slash < 0 ? "" : user.substring(0, slash);
        String name = slash < 0 ? user : user.substring(slash + 1);
        return new AuthenticationContext(name, password.reveal().toCharArray(), domain);
    }

    @Override
    public String toString() {
        return user;
    }
}
