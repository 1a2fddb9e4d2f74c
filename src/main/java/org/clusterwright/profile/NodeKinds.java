package org.clusterwright.profile;

import java.util.List;

/** What kinds of node a cluster has: all Windows, all containers, or both, which one storage setting cannot serve. */
public final class NodeKinds {
    private NodeKinds() {
    }

    /** True when every node runs Inedo's container image (and there is at least one). */
    public static boolean containersOnly(List<ClusterNode> nodes) {
        return !nodes.isEmpty() && nodes.stream().allMatch(n -> n.getAccess().container());
    }

    /** True when some nodes run the container image and others do not. */
    public static boolean mixed(List<ClusterNode> nodes) {
        return nodes.stream().anyMatch(n -> n.getAccess().container())
                && nodes.stream().anyMatch(n -> !n.getAccess().container());
    }
}
