package org.clusterwright.keys;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.ClusterNode;

import java.util.List;
import java.util.Map;

/**
 * {@code key.consistent} inside a check run. Its target waits for every node's {@code key.read} target, so all
 * readings that will ever exist are there when it runs; a node with no reading (its read was cut off or cancelled)
 * leaves the verdict unproven, never PASS.
 */
final class KeyConsistencyCheck implements Check {
    private final List<ClusterNode> nodes;
    private final String profileFingerprint;

    /** {@code profileFingerprint}: the key the profile chose for the cluster, or empty to compare with the most common. */
    KeyConsistencyCheck(List<ClusterNode> nodes, String profileFingerprint) {
        this.nodes = List.copyOf(nodes);
        this.profileFingerprint = profileFingerprint == null ? "" : profileFingerprint;
    }

    @Override
    public CheckId id() {
        return KeyConsistency.ID;
    }

    @Override
    public Outcome run(CheckContext context) {
        Map<String, NodeKeyReading> readings = context.fromPrerequisites(KeyReadCheck.READING);
        List<NodeKeyReading> ordered = nodes.stream().map(node -> readings.getOrDefault(node.targetName(),
                NodeKeyReading.notRead(node, "key.read did not finish for this node.", "See its key.read result."))).toList();
        return KeyConsistency.outcome(ordered, profileFingerprint, "the profile's key");
    }
}
