package org.clusterwright.storage;

import com.hierynomus.smbj.session.Session;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.DomainAuth;
import org.clusterwright.secrets.Secret;
import org.clusterwright.smb.SmbLogin;

import java.util.Optional;

/** Logs in as the account the product's service will use, since that account, not the admin's, must write there. */
final class StorageLoginCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.login");

    private final String user;
    private final Optional<Secret> password;
    private final DomainAuth auth;

    StorageLoginCheck(String user, Optional<Secret> password, DomainAuth auth) {
        super(ID.value(), StorageSessionCheck.ID);
        this.user = user;
        this.password = password;
        this.auth = auth;
    }

    @Override
    protected Outcome probe(CheckContext context) throws StorageAccessException {
        if (user == null || user.isBlank()) {
            return Outcome.fail("No service account is given for the storage.",
                    "Enter the account the product's service runs as (DOMAIN\\svc-proget, or DOMAIN\\SERVER$ for "
                            + "NetworkService) and its password.");
        }
        if (password.isEmpty()) {
            return Outcome.fail("No password is known for '" + user + "'.", "Enter the password in the wizard, or "
                    + "give it to the command line in CLUSTERWRIGHT_STORAGE_PASSWORD.");
        }
        StorageSession session = context.get(StorageKeys.SESSION).orElseThrow();
        SmbLogin.Authenticated login = session.login(user, password.get(), auth);
        Session loggedIn = login.session();
        boolean signing = loggedIn.getSessionContext().isSigningRequired();
        boolean encrypted = loggedIn.getSessionContext().isEncryptData();
        if (loggedIn.isGuest() || loggedIn.isAnonymous()) {
            return Outcome.warn("The server let '" + user + "' in as a guest, so the account's own rights are not "
                            + "being tested.", "Make sure the account exists on the file server (or the domain); "
                            + "guest access hides permission problems until the service runs.")
                    .withEvidence("user", user).withEvidence("guest", true);
        }
        String fallback = login.fallback().isEmpty() ? "" : " Kerberos could not be used: " + login.fallback();
        Outcome pass = Outcome.pass("Logged in as the service account " + login.account() + " with "
                        + login.mechanism() + "; the session is " + (encrypted ? "encrypted" : "not encrypted")
                        + " and "
                        + (signing ? "signed" : "not signed") + "." + fallback)
                .withEvidence("user", user).withEvidence("identity", login.identity())
                .withEvidence("sessionEncrypted", encrypted).withEvidence("sessionSigned", signing);
        return login.fallback().isEmpty() ? pass : pass.withEvidence("kerberosFallback", login.fallback());
    }
}
