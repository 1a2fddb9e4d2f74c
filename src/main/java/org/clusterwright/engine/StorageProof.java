package org.clusterwright.engine;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;

import java.util.List;
import java.util.Optional;

/**
 * Whether a run proved the shared storage usable for the path about to be set: {@code storage.write} passed (a
 * file written, read back, renamed and deleted as the service account) and {@code storage.space} did not fail. A
 * product pointed at a path without this proof may fail to store every package from that moment on.
 *
 * @param path    the storage path the run probed
 * @param stopped the first check that stopped the proof, when it was not made
 * @param probed  whether the run probed the storage at all
 * @param results the probe's results, the evidence the proof rests on
 */
public record StorageProof(String path, Optional<CheckResult> stopped, boolean probed, List<CheckResult> results) {
    public StorageProof {
        results = List.copyOf(results);
    }

    static final CheckId WRITE = CheckId.of("storage.write");
    static final CheckId SPACE = CheckId.of("storage.space");

    /** What the storage results of a run prove for {@code path}, the path the run's probe was planned for. */
    public static StorageProof of(String path, List<CheckResult> results) {
        List<CheckResult> storage = results.stream()
                .filter(r -> r.target().equals(CheckPlanner.STORAGE_TARGET)).toList();
        if (storage.isEmpty()) {
            return notProbed(path);
        }
        Optional<CheckResult> write = storage.stream().filter(r -> r.id().equals(WRITE)).findFirst();
        Optional<CheckResult> space = storage.stream().filter(r -> r.id().equals(SPACE)).findFirst();
        boolean proven = write.map(r -> r.status() == Status.PASS).orElse(false)
                && space.map(r -> r.status() != Status.FAIL).orElse(false);
        if (proven) {
            return new StorageProof(path, Optional.empty(), true, storage);
        }
        // the chain stops at its first failure and skips the rest, naming it: that failure is what to fix
        Optional<CheckResult> first = storage.stream()
                .filter(r -> r.status() == Status.FAIL || r.status() == Status.ERROR).findFirst()
                .or(() -> storage.stream().filter(r -> r.status() != Status.PASS && r.status() != Status.WARN).findFirst());
        return new StorageProof(path, first, true, storage);
    }

    /** A run without the storage probe: nothing is proven. */
    public static StorageProof notProbed(String path) {
        return new StorageProof(path, Optional.empty(), false, List.of());
    }

    public boolean proven() {
        return probed && stopped.isEmpty();
    }

    /** Why the path may not be set, in words; empty when it may. */
    public Optional<String> refusal() {
        if (proven()) {
            return Optional.empty();
        }
        if (!probed) {
            return Optional.of("the storage probe did not run for " + path + " in this run, so nothing proves the"
                    + " service account can write there");
        }
        return Optional.of(stopped.map(r -> r.id() + " " + r.status() + ": " + r.summary())
                .orElse("storage.write did not pass for " + path));
    }

    /** What to do about the refusal. */
    public String remedy() {
        String fix = stopped.map(CheckResult::remedy).filter(r -> !r.isBlank()).map(r -> r + " ").orElse("");
        return fix + "Then run the storage check again (Test the storage, or 'clusterwright apply', which probes "
                + "before it sets the path).";
    }
}
