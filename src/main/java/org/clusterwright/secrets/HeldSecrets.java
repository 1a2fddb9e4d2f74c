package org.clusterwright.secrets;

import org.clusterwright.profile.SecretRef;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A secret store that remembers every value it was given or handed out, so what a run records can be masked for
 * exactly the secrets that run held, wherever they came from, without asking the keyring for secrets it never needed.
 * Checks read secrets from many threads at once, hence the concurrent set.
 */
public final class HeldSecrets implements SecretStore {
    private final SecretStore store;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    private HeldSecrets(SecretStore store) {
        this.store = store;
    }

    /** {@code store} remembering what passes through it; a store that already remembers is returned as it is. */
    public static HeldSecrets around(SecretStore store) {
        return store instanceof HeldSecrets remembering ? remembering : new HeldSecrets(store);
    }

    @Override
    public Optional<Secret> get(String profileId, SecretRef ref) {
        Optional<Secret> secret = store.get(profileId, ref);
        secret.ifPresent(this::hold);
        return secret;
    }

    @Override
    public void put(String profileId, SecretRef ref, Secret secret) {
        hold(secret);
        store.put(profileId, ref, secret);
    }

    /** Forgets the value in the store; the mask still knows it, since it may already be in what was recorded. */
    @Override
    public void remove(String profileId, SecretRef ref) {
        store.remove(profileId, ref);
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public boolean isPersistent() {
        return store.isPersistent();
    }

    /** A mask for every value held so far, on top of the shapes of secrets {@link SecretMask} always masks. */
    public SecretMask mask() {
        return SecretMask.knowing(List.copyOf(held));
    }

    private void hold(Secret secret) {
        if (secret != null && !secret.isEmpty()) {
            held.add(secret.reveal());
        }
    }
}
