package org.clusterwright.storage;

import com.hierynomus.smbj.session.Session;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.remote.FolderAccessException;
import org.clusterwright.remote.SmbSession;
import org.clusterwright.secrets.Secret;

import java.util.Optional;

/** Logs in as the account the product's service will use, since that account, not the admin's, must write there. */
final class StorageLoginCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.login");

    private final StorageTarget target;

    StorageLoginCheck(StorageTarget target) {
        super(ID.value(), StorageSessionCheck.ID);
        this.target = target;
    }

    @Override
    protected Outcome probe(CheckContext context) throws FolderAccessException {
        String user = target.user();
        Optional<Secret> password = target.password();
        if (user == null || user.isBlank()) {
            return Outcome.fail("No service account is given for the storage.",
                    "Enter the account the product's service runs as (DOMAIN\\svc-proget, or DOMAIN\\SERVER$ for "
                            + "NetworkService) and its password.");
        }
        if (password.isEmpty()) {
            return Outcome.fail("No password is known for '" + user + "'.", "Enter the password in the wizard, or "
                    + "give it to the command line in CLUSTERWRIGHT_STORAGE_PASSWORD.");
        }
        SmbSession session = context.get(StorageKeys.SESSION).orElseThrow();
        Session loggedIn = session.logOn(target.credentials(password.get()));
        boolean signing = loggedIn.getSessionContext().isSigningRequired();
        boolean encrypted = loggedIn.getSessionContext().isEncryptData();
        if (loggedIn.isGuest() || loggedIn.isAnonymous()) {
            return Outcome.warn("The server let '" + user + "' in as a guest, so the account's own rights are not "
                            + "being tested.", "Make sure the account exists on the file server (or the domain); "
                            + "guest access hides permission problems until the service runs.")
                    .withEvidence("user", user).withEvidence("guest", true);
        }
        context.publish(StorageFindings.SESSION_ENCRYPTED, encrypted);
        // the identity and mechanism really used, since "as the service account" is the claim this check makes
        return Outcome.pass("Logged in as the service account " + session.identity() + "; the session is "
                        + (encrypted ? "encrypted" : "not encrypted") + " and " + (signing ? "signed" : "not signed")
                        + ".")
                .withEvidence("user", user).withEvidence("identity", session.identity())
                .withEvidence("sessionEncrypted", encrypted).withEvidence("sessionSigned", signing);
    }
}
