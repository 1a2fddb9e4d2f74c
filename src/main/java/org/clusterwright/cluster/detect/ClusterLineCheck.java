package org.clusterwright.cluster.detect;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Finding;
import org.clusterwright.check.Groups;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code cluster.line}: what the nodes run, taken together. "Each server must be running the same version of an
 * Inedo product" (the HA guide, step 1), so nodes that differ among themselves fail; nodes that agree give the product
 * and release line to propose, published as {@link #PROPOSAL} for step 1's note, with a warning when the profile says
 * otherwise.
 */
public final class ClusterLineCheck implements Check {
    public static final CheckId ID = CheckId.of("cluster.line");
    public static final Finding<LineProposal> PROPOSAL = Finding.of("cluster.line", LineProposal.class);
    public static final String TARGET = "cluster";

    private final List<String> nodeTargets;
    private final Product profileProduct;
    private final VersionLine profileLine;

    /** Runs on a target that waits for every node's {@code node.product}. */
    public ClusterLineCheck(List<String> nodeTargets, Product profileProduct, VersionLine profileLine) {
        this.nodeTargets = List.copyOf(nodeTargets);
        this.profileProduct = profileProduct;
        this.profileLine = profileLine;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) {
        Map<String, NodeIdentity> identities = context.fromPrerequisites(NodeProductCheck.IDENTITY);
        Groups runs = new Groups();
        List<NodeIdentity> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String target : nodeTargets) {
            NodeIdentity identity = identities.get(target);
            if (identity == null || !identity.known()) {
                unknown.add(target);
            } else {
                runs.add(identity.describe(), target);
                known.add(identity);
            }
        }
        if (known.isEmpty()) {
            return Outcome.skip("Could not tell what the nodes run" + (unknown.isEmpty() ? "." : " (" + String.join(", ",
                    unknown) + "); the profile's " + profileProduct + " " + profileLine.displayName() + " is taken as"
                    + " given."));
        }
        if (runs.size() > 1) {
            return Outcome.fail("The nodes run different versions: " + runs.describe() + ".", "Upgrade every node to"
                    + " the same version with the Inedo Hub: each server must run the same version of the product.")
                    .withEvidence("versions", runs.describe());
        }
        NodeIdentity first = known.get(0);
        String unknownNote = unknown.isEmpty() ? "" : " (" + String.join(", ", unknown) + " did not tell)";
        if (first.line().isEmpty()) {
            return Outcome.fail("The nodes run " + first.describe() + unknownNote + ". " + first.lineNote(),
                    "Upgrade the nodes before clustering.").withEvidence("versions", runs.describe());
        }
        Product product = first.product().orElseThrow();
        VersionLine line = first.line().get();
        boolean differs = product != profileProduct || line != profileLine;
        String text = "The nodes run " + first.describe() + unknownNote + ": " + product + ", release line "
                + line.displayName() + (differs ? "; the profile says " + profileProduct + ", "
                + profileLine.displayName() + "." : ", as the profile says.");
        context.publish(PROPOSAL, new LineProposal(product, line, text, differs));
        Outcome outcome = differs ? Outcome.warn(text, "Choose " + product + " and the release line "
                + line.displayName() + " in step 1 (the wizard offers it), so every later step follows that line's"
                + " procedure.") : unknown.isEmpty() ? Outcome.pass(text) : Outcome.warn(text, "Check "
                + String.join(", ", unknown) + " by hand: Administration > Cluster Overview shows each server's version.");
        return outcome.withEvidence("product", product.id()).withEvidence("line", line.id())
                .withEvidence("versions", runs.describe());
    }
}
