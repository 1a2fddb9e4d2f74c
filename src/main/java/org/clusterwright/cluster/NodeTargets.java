package org.clusterwright.cluster;

import org.clusterwright.profile.ClusterNode;

/** How a node appears as a target in results, the same way every step names it: its name, else its host. */
public final class NodeTargets {
    private NodeTargets() {
    }

    public static String of(ClusterNode node) {
        String name = node.getName();
        return name == null || name.isBlank() ? String.valueOf(node.getHost()) : name;
    }
}
