package org.clusterwright.nodes;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckId;
import org.clusterwright.profile.ClusterNode;

import java.util.List;

/** The checks that prove a node's web address can be reached from this machine. */
public final class NodeReachabilityChecks {
    /** The check that proves the node's web port accepts connections, for checks that need it first. */
    public static final CheckId TCP = NodeTcpCheck.ID;

    private NodeReachabilityChecks() {
    }

    public static List<Check> forNode(ClusterNode node) {
        return List.of(new NodeResolveCheck(node), new NodeTcpCheck(node));
    }
}
