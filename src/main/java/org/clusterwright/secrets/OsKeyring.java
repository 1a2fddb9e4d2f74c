package org.clusterwright.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.PasswordAccessException;

import java.util.Optional;

/**
 * The operating system's keyring through java-keyring: Windows Credential Manager, the macOS Keychain, or the
 * Secret Service (GNOME Keyring, KeePassXC, KWallet) and KWallet on Linux. Every entry belongs to the service
 * {@value #SERVICE}; the entry's name is the account.
 */
final class OsKeyring implements Keyring {
    static final String SERVICE = "Clusterwright";

    private final com.github.javakeyring.Keyring keyring;

    private OsKeyring(com.github.javakeyring.Keyring keyring) {
        this.keyring = keyring;
    }

    static Keyring open() throws KeyringException {
        try {
            return new OsKeyring(com.github.javakeyring.Keyring.create());
        } catch (BackendNotSupportedException e) {
            throw new KeyringException("no supported keyring answered (" + e.getMessage() + ")");
        } catch (RuntimeException | LinkageError e) {
            // a D-Bus library failing to connect, or JNA without its native part for this platform
            throw KeyringException.failed("opening the keyring", e);
        }
    }

    @Override
    public String name() {
        return switch (keyring.getKeyringStorageType()) {
            case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "macOS Keychain";
            case WINDOWS_CREDENTIAL_STORE -> "Windows Credential Manager";
            // java-keyring names its freedesktop back end after GNOME, but it speaks the Secret Service API
            case GNOME_KEYRING -> "Secret Service";
            case KWALLET -> "KWallet";
        };
    }

    @Override
    public Optional<String> read(String entry) throws KeyringException {
        try {
            return Optional.of(keyring.getPassword(SERVICE, entry));
        } catch (PasswordAccessException e) {
            // the library reports a missing entry only this way; a keyring that cannot be read at all fails the
            // availability check or throws one of the runtime failures below instead
            return Optional.empty();
        } catch (RuntimeException e) {
            throw KeyringException.failed("reading " + entry + " from " + name(), e);
        }
    }

    @Override
    public void write(String entry, String value) throws KeyringException {
        try {
            keyring.setPassword(SERVICE, entry, value);
        } catch (PasswordAccessException | RuntimeException e) {
            throw KeyringException.failed("storing " + entry + " in " + name(), e, value);
        }
    }

    @Override
    public void delete(String entry) throws KeyringException {
        try {
            keyring.deletePassword(SERVICE, entry);
        } catch (PasswordAccessException e) {
            // also what a missing entry gives: only an entry still there afterwards is a failure
            if (read(entry).isPresent()) {
                throw KeyringException.failed("removing " + entry + " from " + name(), e);
            }
        } catch (RuntimeException e) {
            throw KeyringException.failed("removing " + entry + " from " + name(), e);
        }
    }

    @Override
    public void close() {
        try {
            keyring.close();
        } catch (Exception e) {
            // a connection that cannot even close has nothing left to release
        }
    }
}
