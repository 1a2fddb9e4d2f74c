package org.clusterwright.secrets;

import java.util.Optional;
import java.util.UUID;

/**
 * Decides whether a keyring is usable by doing what Clusterwright will do with it: store a test entry, read it
 * back, remove it. Connecting alone proves little: a Secret Service whose collection is locked with no one to
 * unlock it accepts the connection and fails only when asked to store.
 */
final class KeyringProbe {
    /** Never clashes with a secret's entry, which always holds a '/' (see {@link EntryNames}). */
    static final String ENTRY = "availability-check";

    private KeyringProbe() {
    }

    /** The keyring's name when the round trip worked. */
    static String roundTrip(Keyring keyring) throws KeyringException {
        String value = UUID.randomUUID().toString();
        keyring.write(ENTRY, value);
        Optional<String> readBack = keyring.read(ENTRY);
        keyring.delete(ENTRY);
        if (!readBack.equals(Optional.of(value))) {
            throw new KeyringException(keyring.name() + " did not give back the test entry it had just stored");
        }
        return keyring.name();
    }
}
