package org.clusterwright.cluster.verify;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Groups;
import org.clusterwright.check.Outcome;
import org.clusterwright.cluster.health.HealthAnswer;
import org.clusterwright.profile.Product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code verify.version}: "Each server must be running the same version of an Inedo product." Compares the versions
 * the nodes' health answers name, and names the odd ones; a node whose version is unknown leaves it unproven.
 */
final class VersionCheck implements Check {
    static final CheckId ID = CheckId.of("verify.version");

    private final Product product;
    private final List<String> nodeTargets;

    /** Runs on a target that waits for every node's {@code verify.health}, so every answer is in. */
    VersionCheck(Product product, List<String> nodeTargets) {
        this.product = product;
        this.nodeTargets = List.copyOf(nodeTargets);
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) {
        Map<String, HealthAnswer> answers = context.fromPrerequisites(VerifyPlan.HEALTH_ANSWER);
        Groups versions = new Groups();
        List<String> unknown = new ArrayList<>();
        for (String target : nodeTargets) {
            HealthAnswer answer = answers.get(target);
            if (answer == null || answer.version().isEmpty()) {
                unknown.add(target);
            } else {
                versions.add(answer.version(), target);
            }
        }
        Outcome outcome = judge(versions, unknown);
        return versions.isEmpty() ? outcome : outcome.withEvidence("versions", versions.describe());
    }

    private Outcome judge(Groups versions, List<String> unknown) {
        if (versions.size() > 1) {
            String majority = versions.majority();
            String summary = majority.isEmpty()
                    ? "The nodes run " + versions.size() + " different versions: " + versions.describe() + "."
                    : String.join(", ", versions.outside(majority)) + (versions.outside(majority).size() == 1 ? " runs" : " run")
                            + " another version than " + majority + " (" + versions.describe() + ").";
            return Outcome.fail(summary, "Upgrade (or downgrade) every node to the same " + product + " version with the"
                    + " Inedo Hub; Inedo requires one version across the cluster.")
                    .withEvidence("oddNodes", majority.isEmpty() ? "" : String.join(", ", versions.outside(majority)));
        }
        if (versions.isEmpty()) {
            return Outcome.skip("No node named its version" + (unknown.isEmpty() ? "." : " (" + String.join(", ", unknown)
                    + "); compare the versions on Administration > Cluster Overview."));
        }
        if (!unknown.isEmpty()) {
            return Outcome.error("Not proven: the version of " + String.join(", ", unknown) + " is unknown; the others run "
                    + versions.only() + ".", "Fix the verify.health results of those nodes, then verify again.");
        }
        return Outcome.pass("All " + nodeTargets.size() + " nodes run " + versions.only() + ".");
    }
}
