package org.clusterwright.nodes;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.HttpUrls;

import java.net.URI;
import java.util.Optional;

/** The host and port a node's web application answers on, taken from its base URL. */
record NodeAddress(String host, int port) {

    static Optional<NodeAddress> of(ClusterNode node) {
        if (HttpUrls.problemWith(node.getBaseUrl()) != null) {
            return Optional.empty();
        }
        URI uri = URI.create(node.getBaseUrl().trim());
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return Optional.of(new NodeAddress(host, HttpUrls.portOf(uri)));
    }

    @Override
    public String toString() {
        return HttpUrls.authority(host, port);
    }
}
