package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

/**
 * storage.login when no password is given and Windows' own SMB client reaches the share: as the user logged on
 * here, not as the service account. The later checks then prove that this user can write there, and say so;
 * whether the product's service account can is left unproven, with the way to prove it.
 */
final class StorageOsLoginCheck extends StorageStep {
    private final String loggedOnUser;
    private final String serviceAccount;

    StorageOsLoginCheck(String loggedOnUser, String serviceAccount) {
        super(StorageLoginCheck.ID.value(), null);
        this.loggedOnUser = loggedOnUser;
        this.serviceAccount = serviceAccount;
    }

    @Override
    protected Outcome probe(CheckContext context) {
        String account = serviceAccount.isBlank() ? "the product's service account" : serviceAccount;
        return Outcome.warn("Reached as " + loggedOnUser + ", the user logged on here, through Windows' own SMB"
                        + " client, not as " + account + ": the checks below prove what " + loggedOnUser + " may do.",
                "Give the password of " + account + " to prove the share as that account (Kerberos or NTLM).")
                .withEvidence("identity", loggedOnUser + " (Windows SMB client)").withEvidence("user", serviceAccount);
    }
}
