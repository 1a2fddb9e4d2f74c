package org.clusterwright.secrets;

import org.clusterwright.profile.SecretRef;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets for this session only; nothing is written anywhere. The fallback when no OS keyring is available. */
public final class InMemorySecretStore implements SecretStore {
    private final Map<String, Secret> secrets = new ConcurrentHashMap<>();
    private final String description;

    public InMemorySecretStore() {
        this("memory only (forgotten when Clusterwright closes)");
    }

    private InMemorySecretStore(String description) {
        this.description = description;
    }

    /** The store used when no OS keyring can be had; {@link #describe()} tells the user why. */
    public static InMemorySecretStore becauseNoKeyring(String reason) {
        return new InMemorySecretStore("memory only: no keyring found (" + reason + ")");
    }

    @Override
    public Optional<Secret> get(String profileId, SecretRef ref) {
        return Optional.ofNullable(secrets.get(key(profileId, ref)));
    }

    @Override
    public void put(String profileId, SecretRef ref, Secret secret) {
        KnownSecrets.register(secret);
        secrets.put(key(profileId, ref), secret);
    }

    @Override
    public void remove(String profileId, SecretRef ref) {
        secrets.remove(key(profileId, ref));
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public boolean isPersistent() {
        return false;
    }

    private static String key(String profileId, SecretRef ref) {
        return EntryNames.of(profileId, ref);
    }
}
