package org.clusterwright.keys;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Groups;
import org.clusterwright.check.Outcome;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code key.consistent}: do all nodes use one key? Nodes whose key differs from the reference (the planned key,
 * else the most common one) and nodes without a key are named; a node that could not be read leaves the answer
 * unproven (ERROR), never PASS.
 */
final class KeyConsistency {
    static final CheckId ID = CheckId.of("key.consistent");

    private static final String ADOPT_ONE_KEY = "Adopt one key for every node ('clusterwright keys apply', or Adopt "
            + "in the wizard). Users are logged out repeatedly while keys differ.";

    private KeyConsistency() {
    }

    static CheckResult evaluate(List<NodeKeyReading> readings, String referenceFingerprint) {
        return CheckResult.of(ID, KeyService.CLUSTER_TARGET, outcome(readings, referenceFingerprint, "the planned key"),
                Duration.ZERO);
    }

    /**
     * The verdict on {@code readings}. {@code referenceFingerprint} is the key the nodes should have (empty: the
     * most common one), named {@code referenceName} in the summary ("the planned key", "the profile's key").
     */
    static Outcome outcome(List<NodeKeyReading> readings, String referenceFingerprint, String referenceName) {
        Map<String, NodeKeyReading> byTarget = new LinkedHashMap<>();
        readings.forEach(reading -> byTarget.put(reading.target(), reading));
        KeyAgreement agreement = KeyAgreement.of(List.copyOf(byTarget.keySet()), byTarget, referenceFingerprint);
        Groups keys = agreement.keys();
        String reference = agreement.reference();
        String named = referenceFingerprint.isEmpty() ? reference : referenceName + " " + reference;
        List<String> odd = agreement.odd();
        Outcome outcome = switch (agreement.verdict()) {
            case DIFFERENT_KEYS -> Outcome.fail(reference.isEmpty()
                    ? "The nodes use " + keys.size() + " different keys, none by most nodes: " + keys.describe() + "."
                    : "The nodes use " + keys.size() + " different keys: " + String.join(", ", odd)
                            + (odd.size() == 1 ? " differs" : " differ") + " from " + named + ".", ADOPT_ONE_KEY);
            // one key on every node read, but not the key the cluster is meant to have
            case NOT_THE_REFERENCE -> Outcome.fail("The nodes use the key " + keys.only() + ", not " + named + ": "
                    + String.join(", ", odd) + (odd.size() == 1 ? " differs." : " differ."), ADOPT_ONE_KEY);
            case MISSING_KEY -> Outcome.fail(String.join(", ", agreement.without())
                    + (agreement.without().size() == 1 ? " has" : " have") + " no EncryptionKey.",
                    "Give every node the cluster's key ('clusterwright keys apply').");
            case INVALID_KEY -> Outcome.fail(String.join(", ", agreement.invalid())
                    + (agreement.invalid().size() == 1 ? " holds" : " hold") + " an EncryptionKey that is not a key.",
                    "Give every node the cluster's key ('clusterwright keys apply'); see each node's key.read.");
            case UNREADABLE -> Outcome.error("Not proven: " + String.join(", ", agreement.unreadable().stream()
                    .map(NodeKeyReading::target).toList()) + " could not be read.",
                    "Fix the key.read failures above, then check again.");
            case NOT_READ -> Outcome.skip("Not proven: the key of " + String.join(", ", agreement.notEntered())
                    + " has not been entered.");
            case NOTHING_READ -> Outcome.skip("No node was read.");
            case ONE_KEY -> Outcome.pass("All " + readings.size() + " nodes use the key " + reference + ".")
                    .withDetail("As their configuration says: a service uses a changed key only once it has restarted"
                            + " (step 4's restart plan). Administration > Cluster Overview shows whether the running"
                            + " servers' keys are in sync.");
        };
        if (!odd.isEmpty()) {
            outcome = outcome.withEvidence("oddNodes", String.join(", ", odd));
        }
        return outcome.withEvidence("fingerprints", keys.describe());
    }

    /** The nodes with a key, grouped by fingerprint. */
    static Groups groups(List<NodeKeyReading> readings) {
        Groups groups = new Groups();
        readings.stream().filter(NodeKeyReading::hasKey).forEach(r -> groups.add(r.fingerprint(), r.target()));
        return groups;
    }
}
