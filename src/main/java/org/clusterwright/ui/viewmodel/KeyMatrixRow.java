package org.clusterwright.ui.viewmodel;

import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.NodeKeyChange;
import org.clusterwright.keys.NodeKeyReading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of the key matrix: a node, where its key was read from, the key's fingerprint and what it means for the
 * cluster, and what applying the plan would do there. Holds no key, only fingerprints and a masked diff.
 */
public record KeyMatrixRow(String node, String where, String fingerprint, String state, String planned,
                           List<String> diff) {

    public KeyMatrixRow {
        diff = List.copyOf(diff);
    }

    static List<KeyMatrixRow> of(KeyPlan plan) {
        List<KeyMatrixRow> rows = new ArrayList<>();
        for (NodeKeyReading reading : plan.readings()) {
            Optional<NodeKeyChange> change = plan.key().isEmpty() ? Optional.empty()
                    : plan.changes().stream().filter(c -> c.target().equals(reading.target())).findFirst();
            rows.add(new KeyMatrixRow(reading.target(), reading.where(), reading.fingerprint(),
                    state(reading, plan.fingerprint()), change.map(KeyMatrixRow::planned).orElse("Nothing until a key is chosen"),
                    change.map(KeyMatrixRow::diffOf).orElse(List.of())));
        }
        return rows;
    }

    private static String state(NodeKeyReading reading, String clusterFingerprint) {
        return switch (reading.state()) {
            case FOUND -> clusterFingerprint.isEmpty() ? "Has a key"
                    : reading.fingerprint().equals(clusterFingerprint) ? "Has the cluster's key" : "Different key";
            case NONE -> "No key (falls back to its machine key)";
            case INVALID -> "Not a key: " + reading.problem();
            case UNREADABLE -> "Not read: " + reading.problem();
            case MANUAL -> "Manual node: key not entered";
        };
    }

    /** What applying does to one node, in a few words, for the matrix and the confirmation. */
    public static String planned(NodeKeyChange change) {
        return switch (change.action()) {
            case NO_CHANGE -> "No change";
            case WRITE -> "Write, after a backup";
            case EXPORT -> "Export files for the node";
            case MANUAL_INSTRUCTIONS -> "By hand, from the checklist";
            case BLOCKED -> "Blocked: " + change.note();
        };
    }

    private static List<String> diffOf(NodeKeyChange change) {
        if (!change.diff().isEmpty()) {
            return change.diff();
        }
        return List.of(change.note().isBlank() ? "Nothing changes in this node's file." : change.note());
    }
}
