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
 * @param installation         whether the database holds an installation, and how that is known
 * @param databaseFingerprint  the fingerprint the database's existing nodes use, when known
 * @param adoptFrom            the node whose key to adopt (its target name), instead of the most common key
 * @param typedKey             a key the user typed or pasted (for example the original one from a backup)
 * @param generate             the user asked for a new key
 * @param generatedKey         the new key, when it was generated once and must stay the same through replanning
 * @param confirmation         what the user typed to confirm replacing an existing key
 * @param connectionElement    which connection string every node should get, with {@code connectionString}
 */
public record KeyRequest(InstallationKnowledge installation, Optional<String> databaseFingerprint,
                         Optional<String> adoptFrom, Optional<Secret> typedKey, boolean generate,
                         Optional<Secret> generatedKey, String confirmation,
                         Optional<ConfigElement> connectionElement, Optional<Secret> connectionString) {

    public KeyRequest {
        Objects.requireNonNull(installation, "installation");
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

    /**
     * Adopt what the nodes use, knowing nothing of the installation: one is assumed. {@link KeyService#plan(KeySurvey,
     * KeyRequest)} puts in what the survey learnt instead.
     */
    public static KeyRequest adoptExisting() {
        return adoptExisting(InstallationKnowledge.assumed("the database was not asked"));
    }

    /** Adopt what the nodes use; {@code installation} is what is known of the database. */
    public static KeyRequest adoptExisting(InstallationKnowledge installation) {
        return new KeyRequest(installation, Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), "", Optional.empty(), Optional.empty());
    }

    public KeyRequest adoptingFrom(String target) {
        return new KeyRequest(installation, databaseFingerprint, Optional.of(target), typedKey, false,
                Optional.empty(), confirmation, connectionElement, connectionString);
    }

    public KeyRequest withDatabaseFingerprint(String fingerprint) {
        return new KeyRequest(installation, Optional.of(fingerprint), adoptFrom, typedKey, generate,
                generatedKey, confirmation, connectionElement, connectionString);
    }

    public KeyRequest withTypedKey(Secret key, String typedConfirmation) {
        return new KeyRequest(installation, databaseFingerprint, Optional.empty(), Optional.of(key), false,
                Optional.empty(), typedConfirmation, connectionElement, connectionString);
    }

    public KeyRequest generating(String typedConfirmation) {
        return new KeyRequest(installation, databaseFingerprint, Optional.empty(), Optional.empty(), true,
                Optional.empty(), typedConfirmation, connectionElement, connectionString);
    }

    /** Generate, but keep {@code key}, a key generated earlier, so planning again does not change it. */
    public KeyRequest generating(String typedConfirmation, Secret key) {
        return new KeyRequest(installation, databaseFingerprint, Optional.empty(), Optional.empty(), true,
                Optional.of(key), typedConfirmation, connectionElement, connectionString);
    }

    /** The same choices, with what is now known of the installation. */
    public KeyRequest knowing(InstallationKnowledge known) {
        return new KeyRequest(known, databaseFingerprint, adoptFrom, typedKey, generate, generatedKey, confirmation,
                connectionElement, connectionString);
    }

    public boolean existingInstallation() {
        return installation.existing();
    }

    public KeyRequest withConnectionString(ConfigElement element, Secret value) {
        return new KeyRequest(installation, databaseFingerprint, adoptFrom, typedKey, generate, generatedKey,
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
        return "KeyRequest[existingInstallation=" + installation.existing() + " (" + installation.source() + ")"
                + ", adoptFrom=" + adoptFrom.orElse("-")
                + ", typedKey=" + typedKey.isPresent() + ", generate=" + generate + "]";
    }
}
