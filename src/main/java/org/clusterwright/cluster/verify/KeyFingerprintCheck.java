package org.clusterwright.cluster.verify;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Groups;
import org.clusterwright.check.Outcome;
import org.clusterwright.keys.KeyAgreement;
import org.clusterwright.keys.KeyReadCheck;
import org.clusterwright.keys.NodeKeyReading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code verify.key}: every node reads the same EncryptionKey, judged from the key step's read-back ({@code key.read})
 * by fingerprint, as {@code key.consistent} judges it. Its target waits for the reads of the same run; without a
 * reading for a node nothing is proven: the check says so and never passes.
 */
final class KeyFingerprintCheck implements Check {
    static final CheckId ID = CheckId.of("verify.key");

    private final List<String> nodeTargets;
    private final boolean readingsInThisRun;
    private final String plannedFingerprint;

    KeyFingerprintCheck(List<String> nodeTargets, boolean readingsInThisRun, String plannedFingerprint) {
        this.nodeTargets = List.copyOf(nodeTargets);
        this.readingsInThisRun = readingsInThisRun;
        this.plannedFingerprint = plannedFingerprint == null ? "" : plannedFingerprint;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) {
        Map<String, NodeKeyReading> readings = context.fromPrerequisites(KeyReadCheck.READING);
        KeyAgreement agreement = KeyAgreement.of(nodeTargets, readings, plannedFingerprint);
        Groups keys = agreement.keys();
        Outcome outcome = judge(agreement, readings.isEmpty());
        return keys.isEmpty() ? outcome : outcome.withEvidence("fingerprints", keys.describe());
    }

    private Outcome judge(KeyAgreement agreement, boolean nothingRead) {
        Groups keys = agreement.keys();
        String reference = agreement.reference();
        return switch (agreement.verdict()) {
            case DIFFERENT_KEYS, NOT_THE_REFERENCE -> {
                List<String> odd = keys.outside(reference);
                String summary = reference.isEmpty() ? "The nodes use " + keys.size() + " different keys: "
                        + keys.describe() + "." : String.join(", ", odd) + (odd.size() == 1 ? " uses" : " use")
                        + " another key than " + reference + " (" + keys.describe() + ").";
                yield Outcome.fail(summary, "Give every node the cluster's key (Encryption key step, or 'clusterwright"
                        + " keys apply'); users are logged out over and over while keys differ.")
                        .withEvidence("oddNodes", String.join(", ", odd));
            }
            case MISSING_KEY -> Outcome.fail(String.join(", ", agreement.without())
                    + (agreement.without().size() == 1 ? " has" : " have") + " no EncryptionKey.",
                    "Give every node the cluster's key (Encryption key step, or 'clusterwright keys apply').");
            case INVALID_KEY -> Outcome.fail(String.join(", ", agreement.invalid())
                    + (agreement.invalid().size() == 1 ? " holds" : " hold") + " an EncryptionKey that is not a key.",
                    "Give every node the cluster's key (Encryption key step, or 'clusterwright keys apply').");
            case UNREADABLE -> Outcome.error("Not proven: the key of " + String.join("; ", agreement.unreadable()
                            .stream().map(r -> r.target() + " (" + r.problem() + ")").toList()) + " could not be read.",
                    "Fix the key.read failures, then verify again.");
            case NOT_READ, NOTHING_READ -> {
                List<String> notRead = new ArrayList<>(agreement.notRead());
                notRead.addAll(agreement.notEntered());
                String why = nothingRead && !readingsInThisRun ? "the keys were not read in this run"
                        : "the key of " + String.join(", ", inNodeOrder(notRead)) + " was not read";
                yield Outcome.skip("Not proven: " + why + ". Run the key step with this one ('clusterwright check"
                        + " --step key,verify', or Read in the wizard's Encryption key page).");
            }
            case ONE_KEY -> Outcome.pass("All " + nodeTargets.size() + " nodes use the key " + keys.only() + ".");
        };
    }

    private List<String> inNodeOrder(List<String> targets) {
        return nodeTargets.stream().filter(targets::contains).toList();
    }
}
