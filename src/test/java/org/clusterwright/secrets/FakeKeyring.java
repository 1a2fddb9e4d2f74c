package org.clusterwright.secrets;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A keyring held in a map, which can be told to fail or to stop answering, as real ones do. */
final class FakeKeyring implements Keyring {
    final Map<String, String> entries = new ConcurrentHashMap<>();
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    /** Released when the test ends, so a hung call's thread does not outlive it. */
    final CountDownLatch release = new CountDownLatch(1);
    volatile boolean hangs;
    volatile RuntimeException failure;
    volatile boolean losesEntries;

    Keyring.Opener opener() {
        return () -> {
            opened.incrementAndGet();
            return this;
        };
    }

    @Override
    public String name() {
        return "Fake Keyring";
    }

    @Override
    public Optional<String> read(String entry) throws KeyringException {
        trouble("reading " + entry, null);
        return losesEntries ? Optional.empty() : Optional.ofNullable(entries.get(entry));
    }

    @Override
    public void write(String entry, String value) throws KeyringException {
        trouble("storing " + entry, value);
        entries.put(entry, value);
    }

    @Override
    public void delete(String entry) throws KeyringException {
        trouble("removing " + entry, null);
        entries.remove(entry);
    }

    private void trouble(String what, String value) throws KeyringException {
        if (hangs) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw KeyringException.failed(what, failure, value);
        }
    }

    @Override
    public void close() {
        closed.incrementAndGet();
    }
}
