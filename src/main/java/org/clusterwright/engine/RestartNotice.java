package org.clusterwright.engine;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Outcome;
import org.clusterwright.keys.AppliedPlan;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.NodeApplyResult;
import org.clusterwright.keys.NodeKeyChange;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.RestartWords;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Which services must restart before a written key or connection string takes effect: the products read their
 * configuration when they start, so until then every node keeps using what it had. Said in the plan, and recorded
 * as {@code key.restart} after an apply that wrote something, for the report. Step 4's restart plan restarts every
 * node, these among them; the item stays open until it has run.
 */
final class RestartNotice {
    static final CheckId ID = CheckId.of("key.restart");

    private RestartNotice() {
    }

    /** The sentence for a plan: which services on which nodes, once the plan is applied; empty when nothing changes. */
    static Optional<String> forPlan(Profile profile, KeyPlan plan) {
        List<String> nodes = plan.changes().stream().filter(change -> change.action() == NodeKeyChange.Action.WRITE
                || change.action() == NodeKeyChange.Action.EXPORT).map(NodeKeyChange::target).toList();
        return nodes.isEmpty() ? Optional.empty() : Optional.of(sentence(profile, nodes, "After applying, restart"));
    }

    /** The result an apply adds when it wrote to a node: the change is on disk, not yet in the running services. */
    static Optional<CheckResult> forApply(Profile profile, AppliedPlan applied) {
        List<String> nodes = applied.applied().stream().filter(r -> r.result() == NodeApplyResult.Result.APPLIED
                || r.result() == NodeApplyResult.Result.EXPORTED).map(NodeApplyResult::target).toList();
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CheckResult.of(ID, org.clusterwright.keys.KeyService.CLUSTER_TARGET,
                Outcome.pass("Written, in effect once you " + sentence(profile, nodes, "restart") + " Step 4's restart"
                        + " plan does it node by node, waiting for each one's health.")
                        .withEvidence("nodes", String.join(", ", nodes)),
                Duration.ZERO));
    }

    private static String sentence(Profile profile, List<String> targets, String verb) {
        List<ClusterNode> nodes = profile.getNodes().stream().filter(n -> targets.contains(n.targetName())).toList();
        return verb + " " + RestartWords.of(profile, nodes) + ", one node at a time: the product reads its"
                + " EncryptionKey and connection string only when it starts.";
    }
}
