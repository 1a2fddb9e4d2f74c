package org.clusterwright.cli;

import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The secrets of one command run: those given to it (environment variables, files) first, then those the wizard
 * stored in the keyring. Writes stay in memory: a command never changes what the keyring holds. The keyring is
 * opened only when a secret was not given, so a run with every secret in its environment never touches it.
 */
final class CommandSecretStore implements SecretStore {
    private final SecretStore given;
    private final Supplier<SecretStore> stored;
    private SecretStore opened;

    CommandSecretStore(SecretStore given, Supplier<SecretStore> stored) {
        this.given = given;
        this.stored = stored;
    }

    @Override
    public Optional<Secret> get(String profileId, SecretRef ref) {
        return given.get(profileId, ref).or(() -> stored().get(profileId, ref));
    }

    @Override
    public void put(String profileId, SecretRef ref, Secret secret) {
        given.put(profileId, ref, secret);
    }

    /** Forgets a value given for this run; one in the keyring stays there, and is found again. */
    @Override
    public void remove(String profileId, SecretRef ref) {
        given.remove(profileId, ref);
    }

    @Override
    public String describe() {
        return "the command's environment and files, then " + stored().describe();
    }

    @Override
    public boolean isPersistent() {
        return false;
    }

    private synchronized SecretStore stored() {
        if (opened == null) {
            opened = stored.get();
        }
        return opened;
    }
}
