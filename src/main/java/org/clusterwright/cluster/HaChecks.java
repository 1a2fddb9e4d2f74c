package org.clusterwright.cluster;

import org.clusterwright.check.TargetChecks;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeRole;
import org.clusterwright.profile.Profile;

import java.util.ArrayList;
import java.util.List;

/** Step 4's checks: the messenger port of each service node where the version line uses it, and the ticked items. */
public final class HaChecks {
    public static final String CLUSTER_TARGET = "cluster";

    private HaChecks() {
    }

    public static List<TargetChecks> forProfile(Profile profile) {
        return forProfile(profile, HaChecklist.MESSENGER_PORT);
    }

    /** With another messenger port (the Advanced tab of 2022-2024 let it be changed). */
    public static List<TargetChecks> forProfile(Profile profile, int messengerPort) {
        List<TargetChecks> plan = new ArrayList<>();
        if (profile.getVersionLine().procedure().messenger().opensPort()) {
            for (ClusterNode node : profile.getNodes()) {
                if (node.isHaEnabled() && node.getRoles().contains(NodeRole.SERVICE)) {
                    plan.add(new TargetChecks(node.targetName(), List.of(new MessengerCheck(node, messengerPort))));
                }
            }
        }
        plan.add(new TargetChecks(CLUSTER_TARGET, List.of(new HaChecklistCheck(new HaChecklist(profile)))));
        return plan;
    }
}
