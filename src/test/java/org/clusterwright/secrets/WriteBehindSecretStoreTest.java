package org.clusterwright.secrets;

import org.clusterwright.profile.SecretRef;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class WriteBehindSecretStoreTest {
    private static final SecretRef REF = SecretRef.of("database.password");
    private final GatedSecretStore slow = new GatedSecretStore();

    @Test
    void aWindowThreadDoesNotWaitForTheStoreAndReadsItsWriteBackAtOnce() {
        WriteBehindSecretStore store = new WriteBehindSecretStore(slow, () -> true, failure -> { });

        store.put("p1", REF, Secret.of("first"));

        assertThat(slow.get("p1", REF)).as("the slow store has not answered yet").isEmpty();
        assertThat(store.get("p1", REF)).hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo("first"));
        assertThat(store.flush(Duration.ofMillis(200))).as("still waiting for the store").isFalse();
        slow.open();
        assertThat(store.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(slow.get("p1", REF)).hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo("first"));
    }

    @Test
    void writesReachTheStoreInTheOrderTheyWereMade() {
        WriteBehindSecretStore store = new WriteBehindSecretStore(slow, () -> true, failure -> { });

        store.put("p1", REF, Secret.of("a"));
        store.put("p1", REF, Secret.of("ab"));
        store.remove("p1", REF);
        store.put("p2", REF, Secret.of("other profile"));

        assertThat(store.get("p1", REF)).isEmpty();
        slow.open();
        assertThat(store.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(slow.get("p1", REF)).isEmpty();
        assertThat(slow.get("p2", REF)).hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo("other profile"));
        assertThat(store.get("p2", REF)).hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo("other profile"));
    }

    @Test
    void aWorkerThreadWaitsForItsOwnWrite() throws Exception {
        WriteBehindSecretStore store = new WriteBehindSecretStore(slow, () -> false, failure -> { });

        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> store.put("p1", REF, Secret.of("x")));

        Thread.sleep(200);
        assertThat(writing).as("waits for the store").isNotDone();
        slow.open();
        writing.get(10, TimeUnit.SECONDS);
        assertThat(slow.get("p1", REF)).isPresent();
    }

    @Test
    void aWriteThatFailsBehindTheWindowIsHandedOnWithWhereItWasAskedFor() throws Exception {
        SecretStore refusing = new SecretStore() {
            @Override
            public Optional<Secret> get(String profileId, SecretRef ref) {
                return Optional.empty();
            }

            @Override
            public void put(String profileId, SecretRef ref, Secret secret) {
                throw new IllegalStateException("the keyring refused");
            }

            @Override
            public void remove(String profileId, SecretRef ref) {
            }

            @Override
            public String describe() {
                return "a keyring that refuses";
            }

            @Override
            public boolean isPersistent() {
                return true;
            }
        };
        java.util.concurrent.CompletableFuture<RuntimeException> heard = new java.util.concurrent.CompletableFuture<>();
        WriteBehindSecretStore store = new WriteBehindSecretStore(refusing, () -> true, heard::complete);

        store.put("p", SecretRef.DATABASE_PASSWORD, Secret.of("typed"));

        RuntimeException failure = heard.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(failure).hasMessage("the keyring refused");
        assertThat(failure.getSuppressed()).singleElement().satisfies(origin -> assertThat(origin.getStackTrace())
                .anyMatch(frame -> frame.getMethodName().equals("aWriteThatFailsBehindTheWindowIsHandedOnWithWhereItWasAskedFor")));
    }
}
