package org.clusterwright.secrets;

import java.util.Optional;

/**
 * One OS keyring as Clusterwright sees it: entries of its own service, named by {@link EntryNames}. The seam between
 * the stores and the keyring library, so the stores' deadlines and fallbacks can be tested without a keyring.
 */
interface Keyring extends AutoCloseable {
    /** What the user knows the keyring as: "Secret Service", "Windows Credential Manager", "macOS Keychain". */
    String name();

    /** Empty when there is no such entry. */
    Optional<String> read(String entry) throws KeyringException;

    void write(String entry, String value) throws KeyringException;

    /** Removing an entry that is not there is not a failure. */
    void delete(String entry) throws KeyringException;

    @Override
    void close();

    /** Connects to the keyring; may block, so it is only called under {@link KeyringWorker}'s deadline. */
    @FunctionalInterface
    interface Opener {
        Keyring open() throws KeyringException;
    }
}
