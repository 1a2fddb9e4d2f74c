package org.clusterwright.secrets;

import org.clusterwright.profile.SecretRef;

import java.util.Optional;

/**
 * Keeps secrets outside the profile. Entries are scoped by the profile's id so two profiles can both have a
 * {@code database.password} without sharing it. Every store registers each value it is given or reads with
 * {@link KnownSecrets}, so the log file masks it whoever logs it.
 */
public interface SecretStore {

    Optional<Secret> get(String profileId, SecretRef ref);

    void put(String profileId, SecretRef ref, Secret secret);

    void remove(String profileId, SecretRef ref);

    /** A short name for where secrets are kept, shown to the user ("memory only", "Secret Service", ...). */
    String describe();

    /** True when secrets survive the end of this process. */
    boolean isPersistent();
}
