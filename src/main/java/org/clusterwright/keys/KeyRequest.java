package org.clusterwright.keys;

import org.clusterwright.nodes.ConfigElement;
import org.clusterwright.secrets.Secret;

import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked of the key step. By default the plan adopts the key the nodes already use. A new key is
 * generated over an existing key or installation only when {@link #confirmation} is exactly
 * {@link KeyPlan#GENERATE_CONFIRMATION}; the plan records that it was given.
 *
 * @param existingInstallation step 1 found an existing installation in the database
 * @param databaseFingerprint  the fingerprint the database's existing nodes use, when known
 * @param adoptFrom            the node whose key to adopt (its target name), instead of the most common key
 * @param typedKey             a key the user typed or pasted (for example the original one from a backup)
 * @param generate             the user asked for a new key
 * @param confirmation         what the user typed to confirm replacing an existing key
 * @param connectionElement    which connection string every node should get, with {@code connectionString}
 */
public record KeyRequest(boolean existingInstallation, Optional<String> databaseFingerprint, Optional<String> adoptFrom,
                         Optional<Secret> typedKey, boolean generate, String confirmation,
                         Optional<ConfigElement> connectionElement, Optional<Secret> connectionString) {

    public KeyRequest {
        Objects.requireNonNull(databaseFingerprint, "databaseFingerprint");
        Objects.requireNonNull(adoptFrom, "adoptFrom");
        Objects.requireNonNull(typedKey, "typedKey");
        confirmation = confirmation == null ? "" : confirmation;
        Objects.requireNonNull(connectionElement, "connectionElement");
        Objects.requireNonNull(connectionString, "connectionString");
        if (connectionElement.isPresent() != connectionString.isPresent()) {
            throw new IllegalArgumentException("a connection string needs its element, and an element its value");
        }
    }

    /** Adopt what the nodes use; {@code existingInstallation} is what step 1 found. */
    public static KeyRequest adoptExisting(boolean existingInstallation) {
        return new KeyRequest(existingInstallation, Optional.empty(), Optional.empty(), Optional.empty(), false, "",
                Optional.empty(), Optional.empty());
    }

    public KeyRequest adoptingFrom(String target) {
        return new KeyRequest(existingInstallation, databaseFingerprint, Optional.of(target), typedKey, false,
                confirmation, connectionElement, connectionString);
    }

    public KeyRequest withDatabaseFingerprint(String fingerprint) {
        return new KeyRequest(existingInstallation, Optional.of(fingerprint), adoptFrom, typedKey, generate,
                confirmation, connectionElement, connectionString);
    }

    public KeyRequest withTypedKey(Secret key, String typedConfirmation) {
        return new KeyRequest(existingInstallation, databaseFingerprint, Optional.empty(), Optional.of(key), false,
                typedConfirmation, connectionElement, connectionString);
    }

    public KeyRequest generating(String typedConfirmation) {
        return new KeyRequest(existingInstallation, databaseFingerprint, Optional.empty(), Optional.empty(), true,
                typedConfirmation, connectionElement, connectionString);
    }

    public KeyRequest withConnectionString(ConfigElement element, Secret value) {
        return new KeyRequest(existingInstallation, databaseFingerprint, adoptFrom, typedKey, generate, confirmation,
                Optional.of(element), Optional.of(value));
    }

    @Override
    public String toString() {
        return "KeyRequest[existingInstallation=" + existingInstallation + ", adoptFrom=" + adoptFrom.orElse("-")
                + ", typedKey=" + typedKey.isPresent() + ", generate=" + generate + "]";
    }
}
