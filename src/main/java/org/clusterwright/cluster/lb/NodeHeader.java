package org.clusterwright.cluster.lb;

import org.clusterwright.profile.LoadBalancerSettings;

/**
 * The response header the balancer adds to name the serving node. The generated configs send it and the verify
 * step reads it, so both must agree: the profile's choice, else {@value #DEFAULT}.
 */
public final class NodeHeader {
    public static final String DEFAULT = "X-Served-By";

    private NodeHeader() {
    }

    public static String of(LoadBalancerSettings settings) {
        String chosen = settings.getNodeHeader();
        return chosen == null || chosen.isBlank() ? DEFAULT : chosen.strip();
    }
}
