package org.clusterwright.cluster.verify;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.keys.NodeKeyReading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code verify.key}: every node reads the same EncryptionKey, judged from the key step's read-back ({@code key.read})
 * by fingerprint. Without a reading for a node nothing is proven: the check says so and never passes.
 */
final class KeyFingerprintCheck implements Check {
    static final CheckId ID = CheckId.of("verify.key");
    private static final Duration POLL = Duration.ofMillis(25);

    private final List<String> nodeTargets;
    private final Map<String, NodeKeyReading> readings;
    private final boolean readingsArriveInThisRun;
    private final String plannedFingerprint;
    private final Duration wait;

    KeyFingerprintCheck(List<String> nodeTargets, Map<String, NodeKeyReading> readings, boolean readingsArriveInThisRun,
                        String plannedFingerprint, Duration wait) {
        this.nodeTargets = List.copyOf(nodeTargets);
        this.readings = readings;
        this.readingsArriveInThisRun = readingsArriveInThisRun;
        this.plannedFingerprint = plannedFingerprint == null ? "" : plannedFingerprint;
        this.wait = wait;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) throws InterruptedException {
        if (readingsArriveInThisRun) {
            awaitReadings();
        }
        Groups keys = new Groups();
        List<String> notRead = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (String target : nodeTargets) {
            NodeKeyReading reading = readings.get(target);
            if (reading == null || reading.state() == NodeKeyReading.State.MANUAL) {
                notRead.add(target);
            } else if (reading.state() == NodeKeyReading.State.UNREADABLE) {
                unreadable.add(target + " (" + reading.problem() + ")");
            } else if (reading.hasKey()) {
                keys.add(reading.fingerprint(), target);
            } else {
                without.add(target);
            }
        }
        Outcome outcome = judge(keys, notRead, unreadable, without);
        return keys.isEmpty() ? outcome : outcome.withEvidence("fingerprints", keys.describe());
    }

    private Outcome judge(Groups keys, List<String> notRead, List<String> unreadable, List<String> without) {
        String reference = !plannedFingerprint.isEmpty() ? plannedFingerprint : keys.majority();
        if (keys.size() > 1 || (!keys.isEmpty() && !plannedFingerprint.isEmpty() && !keys.outside(reference).isEmpty())) {
            List<String> odd = keys.outside(reference);
            String summary = reference.isEmpty() ? "The nodes use " + keys.size() + " different keys: " + keys.describe() + "."
                    : String.join(", ", odd) + (odd.size() == 1 ? " uses" : " use") + " another key than " + reference
                            + " (" + keys.describe() + ").";
            return Outcome.fail(summary, "Give every node the cluster's key (Encryption key step, or 'clusterwright keys"
                    + " apply'); users are logged out over and over while keys differ.").withEvidence("oddNodes", String.join(", ", odd));
        }
        if (!without.isEmpty()) {
            return Outcome.fail(String.join(", ", without) + (without.size() == 1 ? " has" : " have") + " no EncryptionKey.",
                    "Give every node the cluster's key (Encryption key step, or 'clusterwright keys apply').");
        }
        if (!unreadable.isEmpty()) {
            return Outcome.error("Not proven: the key of " + String.join("; ", unreadable) + " could not be read.",
                    "Fix the key.read failures, then verify again.");
        }
        if (!notRead.isEmpty()) {
            String why = readings.isEmpty() && !readingsArriveInThisRun
                    ? "the keys were not read in this run" : "the key of " + String.join(", ", notRead) + " was not read";
            return Outcome.skip("Not proven: " + why + ". Run the key step with this one ('clusterwright check --step"
                    + " key,verify', or Read in the wizard's Encryption key page).");
        }
        return Outcome.pass("All " + nodeTargets.size() + " nodes use the key " + keys.only() + ".");
    }

    /** The key step's reads of this run land in the shared map while this check waits; a dead node ends the wait. */
    private void awaitReadings() throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        while (!readings.keySet().containsAll(nodeTargets) && System.nanoTime() < until) {
            Thread.sleep(POLL.toMillis());
        }
    }
}
