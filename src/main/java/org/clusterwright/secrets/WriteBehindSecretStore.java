package org.clusterwright.secrets;

import org.clusterwright.profile.SecretRef;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A secret store whose writes go to the store behind it on a thread of their own, one after another in the order
 * they were made. A keyring write is a D-Bus round trip that may block for seconds; a window thread that types a
 * password must not wait for it. What was written is read back at once, from memory, until the store has it.
 * Callers for whom {@code mayNotWait} is false (a worker thread) wait for their own write, so for them the store
 * behaves as the one behind it does. A write that fails behind a caller that did not wait is handed to
 * {@code failedBehind}, with where it was asked for attached, so it is never lost in silence.
 */
public final class WriteBehindSecretStore implements SecretStore {
    private final SecretStore store;
    private final BooleanSupplier mayNotWait;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "secret-writes");
        // a keyring that hangs must not keep the program from ending; flush() bounds the wait at the end
        thread.setDaemon(true);
        return thread;
    });
    /** Writes made and not yet in the store, by entry; each carries its number so a newer one is never dropped. */
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong written = new AtomicLong();
    private final Consumer<RuntimeException> failedBehind;

    private record Pending(long number, Optional<Secret> value) {
    }

    /**
     * {@code mayNotWait}: true on the threads that must not wait for a write (the window's); {@code failedBehind}
     * hears of a write of theirs that failed, on the writing thread.
     */
    public WriteBehindSecretStore(SecretStore store, BooleanSupplier mayNotWait,
                                  Consumer<RuntimeException> failedBehind) {
        this.store = store;
        this.mayNotWait = mayNotWait;
        this.failedBehind = failedBehind;
    }

    @Override
    public Optional<Secret> get(String profileId, SecretRef ref) {
        Pending newest = pending.get(entry(profileId, ref));
        return newest != null ? newest.value() : store.get(profileId, ref);
    }

    @Override
    public void put(String profileId, SecretRef ref, Secret secret) {
        write(profileId, ref, Optional.of(secret));
    }

    @Override
    public void remove(String profileId, SecretRef ref) {
        write(profileId, ref, Optional.empty());
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public boolean isPersistent() {
        return store.isPersistent();
    }

    /**
     * Waits until every write made so far is in the store, or {@code patience} has passed.
     *
     * @return true when every write reached the store
     */
    public boolean flush(Duration patience) {
        try {
            writer.submit(() -> { }).get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private void write(String profileId, SecretRef ref, Optional<Secret> value) {
        String entry = entry(profileId, ref);
        Pending made = new Pending(written.incrementAndGet(), value);
        pending.put(entry, made);
        boolean behind = mayNotWait.getAsBoolean();
        // where the write was asked for, as the caller's stack: the failure happens later, on another thread
        Exception askedFrom = behind ? new Exception("the write of " + ref + " was asked for here") : null;
        Future<?> done = writer.submit(() -> {
            try {
                value.ifPresentOrElse(secret -> store.put(profileId, ref, secret), () -> store.remove(profileId, ref));
            } catch (RuntimeException failure) {
                if (!behind) {
                    throw failure;
                }
                failure.addSuppressed(askedFrom);
                failedBehind.accept(failure);
            } finally {
                pending.remove(entry, made);
            }
        });
        if (!behind) {
            await(done);
        }
    }

    private static void await(Future<?> done) {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    private static String entry(String profileId, SecretRef ref) {
        return profileId + "\n" + ref.name();
    }
}
