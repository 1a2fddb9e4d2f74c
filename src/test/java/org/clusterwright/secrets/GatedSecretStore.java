package org.clusterwright.secrets;

import org.clusterwright.profile.SecretRef;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A store in memory whose writes wait until the test opens its gate, as a keyring that is slow to answer does. */
public final class GatedSecretStore implements SecretStore {
    private final InMemorySecretStore memory = new InMemorySecretStore();
    private final CountDownLatch gate = new CountDownLatch(1);

    public void open() {
        gate.countDown();
    }

    @Override
    public Optional<Secret> get(String profileId, SecretRef ref) {
        return memory.get(profileId, ref);
    }

    @Override
    public void put(String profileId, SecretRef ref, Secret secret) {
        pass();
        memory.put(profileId, ref, secret);
    }

    @Override
    public void remove(String profileId, SecretRef ref) {
        pass();
        memory.remove(profileId, ref);
    }

    @Override
    public String describe() {
        return "a slow keyring";
    }

    @Override
    public boolean isPersistent() {
        return true;
    }

    private void pass() {
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
