package org.clusterwright.keys;

import org.clusterwright.database.SharedConnectionString;
import org.clusterwright.nodes.ConfigElement;
import org.clusterwright.profile.DatabaseKind;
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
 * @param generatedKey         the new key, when it was generated once and must stay the same through replanning
 * @param confirmation         what the user typed to confirm replacing an existing key
 * @param connectionElement    which connection string every node should get, with {@code connectionString}
 */
public record KeyRequest(boolean existingInstallation, Optional<String> databaseFingerprint, Optional<String> adoptFrom,
                         Optional<Secret> typedKey, boolean generate, Optional<Secret> generatedKey, String confirmation,
                         Optional<ConfigElement> connectionElement, Optional<Secret> connectionString) {

    public KeyRequest {
        Objects.requireNonNull(databaseFingerprint, "databaseFingerprint");
        Objects.requireNonNull(adoptFrom, "adoptFrom");
        Objects.requireNonNull(typedKey, "typedKey");
        Objects.requireNonNull(generatedKey, "generatedKey");
        confirmation = confirmation == null ? "" : confirmation;
        Objects.requireNonNull(connectionElement, "connectionElement");
        Objects.requireNonNull(connectionString, "connectionString");
        if (connectionElement.isPresent() != connectionString.isPresent()) {
            throw new IllegalArgumentException("a connection string needs its element, and an element its value");
        }
    }

    /** Adopt what the nodes use; {@code existingInstallation} is what step 1 found. */
    public static KeyRequest adoptExisting(boolean existingInstallation) {
        return new KeyRequest(existingInstallation, Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), "", Optional.empty(), Optional.empty());
    }

    public KeyRequest adoptingFrom(String target) {
        return new KeyRequest(existingInstallation, databaseFingerprint, Optional.of(target), typedKey, false,
                Optional.empty(), confirmation, connectionElement, connectionString);
    }

    public KeyRequest withDatabaseFingerprint(String fingerprint) {
        return new KeyRequest(existingInstallation, Optional.of(fingerprint), adoptFrom, typedKey, generate,
                generatedKey, confirmation, connectionElement, connectionString);
    }

    public KeyRequest withTypedKey(Secret key, String typedConfirmation) {
        return new KeyRequest(existingInstallation, databaseFingerprint, Optional.empty(), Optional.of(key), false,
                Optional.empty(), typedConfirmation, connectionElement, connectionString);
    }

    public KeyRequest generating(String typedConfirmation) {
        return new KeyRequest(existingInstallation, databaseFingerprint, Optional.empty(), Optional.empty(), true,
                Optional.empty(), typedConfirmation, connectionElement, connectionString);
    }

    /** Generate, but keep {@code key}, a key generated earlier, so planning again does not change it. */
    public KeyRequest generating(String typedConfirmation, Secret key) {
        return new KeyRequest(existingInstallation, databaseFingerprint, Optional.empty(), Optional.empty(), true,
                Optional.of(key), typedConfirmation, connectionElement, connectionString);
    }

    public KeyRequest withConnectionString(ConfigElement element, Secret value) {
        return new KeyRequest(existingInstallation, databaseFingerprint, adoptFrom, typedKey, generate, generatedKey,
                confirmation, Optional.of(element), Optional.of(value));
    }

    /** Every node gets step 1's connection string, in the element its database kind is read from. */
    public KeyRequest withConnectionString(SharedConnectionString shared) {
        ConfigElement element = shared.kind() == DatabaseKind.POSTGRESQL
                ? ConfigElement.POSTGRES_CONNECTION_STRING : ConfigElement.CONNECTION_STRING;
        return withConnectionString(element, shared.complete());
    }

    @Override
    public String toString() {
        return "KeyRequest[existingInstallation=" + existingInstallation + ", adoptFrom=" + adoptFrom.orElse("-")
                + ", typedKey=" + typedKey.isPresent() + ", generate=" + generate + "]";
    }
}
