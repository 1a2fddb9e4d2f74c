package org.clusterwright.keys;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
        Map<String, List<String>> byFingerprint = groups(readings);
        String reference = referenceFingerprint.isEmpty() ? mostCommon(byFingerprint) : referenceFingerprint;
        String named = referenceFingerprint.isEmpty() ? reference : referenceName + " " + reference;
        List<String> odd = new ArrayList<>();
        List<String> without = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<String> manual = new ArrayList<>();
        for (NodeKeyReading reading : readings) {
            switch (reading.state()) {
                case FOUND -> {
                    if (!reading.fingerprint().equals(reference)) {
                        odd.add(reading.target());
                    }
                }
                case NONE -> without.add(reading.target());
                case UNREADABLE -> unreadable.add(reading.target());
                case MANUAL -> manual.add(reading.target());
            }
        }
        Outcome outcome;
        if (byFingerprint.size() > 1) {
            String summary = reference.isEmpty()
                    ? "The nodes use " + byFingerprint.size() + " different keys, none by most nodes: "
                            + describe(byFingerprint) + "."
                    : "The nodes use " + byFingerprint.size() + " different keys: " + String.join(", ", odd)
                            + (odd.size() == 1 ? " differs" : " differ") + " from " + named + ".";
            outcome = Outcome.fail(summary, ADOPT_ONE_KEY);
        } else if (!odd.isEmpty()) {
            // one key on every node read, but not the key the cluster is meant to have
            outcome = Outcome.fail("The nodes use the key " + byFingerprint.keySet().iterator().next() + ", not "
                    + named + ": " + String.join(", ", odd) + (odd.size() == 1 ? " differs." : " differ."), ADOPT_ONE_KEY);
        } else if (!without.isEmpty()) {
            outcome = Outcome.fail(String.join(", ", without) + (without.size() == 1 ? " has" : " have")
                    + " no EncryptionKey.", "Give every node the cluster's key ('clusterwright keys apply').");
        } else if (!unreadable.isEmpty()) {
            outcome = Outcome.error("Not proven: " + String.join(", ", unreadable) + " could not be read.",
                    "Fix the key.read failures above, then check again.");
        } else if (!manual.isEmpty()) {
            outcome = Outcome.skip("Not proven: the key of " + String.join(", ", manual) + " has not been entered.");
        } else if (byFingerprint.isEmpty()) {
            outcome = Outcome.skip("No node was read.");
        } else {
            outcome = Outcome.pass("All " + readings.size() + " nodes use the key " + reference + ".");
        }
        if (!odd.isEmpty()) {
            outcome = outcome.withEvidence("oddNodes", String.join(", ", odd));
        }
        return outcome.withEvidence("fingerprints", describe(byFingerprint));
    }

    static Map<String, List<String>> groups(List<NodeKeyReading> readings) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        readings.stream().filter(NodeKeyReading::hasKey)
                .forEach(r -> groups.computeIfAbsent(r.fingerprint(), f -> new ArrayList<>()).add(r.target()));
        return groups;
    }

    /** The most common fingerprint, or empty when there is none or a tie. */
    static String mostCommon(Map<String, List<String>> groups) {
        int best = groups.values().stream().mapToInt(List::size).max().orElse(0);
        List<String> leaders = groups.entrySet().stream().filter(e -> e.getValue().size() == best)
                .map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : "";
    }

    static String describe(Map<String, List<String>> groups) {
        return groups.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
