package org.clusterwright.secrets;

import org.clusterwright.profile.SecretRef;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets kept in the OS keyring, with what this session has read or written also held in memory: the wizard asks
 * for a password every time a page shows it, and one keyring round trip per entry is enough. A keyring that fails
 * or stops answering later in the session never costs the session its secrets: from then on they are kept in
 * memory only, and {@link #describe()} says so and why.
 */
final class KeyringSecretStore implements SecretStore {
    private final String name;
    private final KeyringWorker keyring;
    private final Map<String, Optional<Secret>> known = new ConcurrentHashMap<>();
    /** Why the keyring is no longer used, once it failed. */
    private volatile String trouble;

    KeyringSecretStore(String name, KeyringWorker keyring) {
        this.name = name;
        this.keyring = keyring;
    }

    @Override
    public Optional<Secret> get(String profileId, SecretRef ref) {
        String entry = EntryNames.of(profileId, ref);
        Optional<Secret> seen = known.get(entry);
        if (seen != null || trouble != null) {
            return seen == null ? Optional.empty() : seen;
        }
        try {
            Optional<Secret> stored = keyring.call("reading " + entry, k -> k.read(entry)).map(Secret::of);
            stored.ifPresent(KnownSecrets::register);
            // a put from another thread meanwhile is newer than what was read
            return known.computeIfAbsent(entry, e -> stored);
        } catch (KeyringException e) {
            giveUp(e);
            return Optional.empty();
        }
    }

    @Override
    public void put(String profileId, SecretRef ref, Secret secret) {
        String entry = EntryNames.of(profileId, ref);
        KnownSecrets.register(secret);
        known.put(entry, Optional.of(secret));
        inKeyring("storing " + entry, k -> {
            k.write(entry, secret.reveal());
            return null;
        });
    }

    @Override
    public void remove(String profileId, SecretRef ref) {
        String entry = EntryNames.of(profileId, ref);
        known.put(entry, Optional.empty());
        inKeyring("removing " + entry, k -> {
            k.delete(entry);
            return null;
        });
    }

    private void inKeyring(String what, KeyringWorker.Call<Void> call) {
        if (trouble != null) {
            return;
        }
        try {
            keyring.call(what, call);
        } catch (KeyringException e) {
            giveUp(e);
        }
    }

    private void giveUp(KeyringException failure) {
        if (trouble == null) {
            trouble = failure.getMessage();
            keyring.close();
        }
    }

    @Override
    public String describe() {
        String why = trouble;
        return why == null ? name : "memory only from now on: " + why;
    }

    @Override
    public boolean isPersistent() {
        return trouble == null;
    }
}
