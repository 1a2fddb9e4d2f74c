package org.clusterwright.secrets;

import org.clusterwright.profile.SecretRef;

/**
 * The one naming of a stored secret, shared by every store: the profile's id, then the reference. Scoping by the
 * profile lets two clusters both have a {@code database.password}; the same naming in memory and in the keyring
 * means a secret is found under the same name whichever store holds it.
 */
final class EntryNames {
    private EntryNames() {
    }

    static String of(String profileId, SecretRef ref) {
        return profileId + "/" + ref.name();
    }
}
