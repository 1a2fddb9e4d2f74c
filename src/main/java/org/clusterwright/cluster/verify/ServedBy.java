package org.clusterwright.cluster.verify;

import org.clusterwright.cluster.lb.Backend;
import org.clusterwright.profile.ClusterNode;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Maps the value of the balancer's node header to a node: its name, or its server name in the generated configs
 * (the name made safe for HAProxy), its host, or the host:port of its base URL (nginx's raw {@code $upstream_addr}). After a retry nginx lists every server it
 * tried, separated by commas; the last one answered.
 */
final class ServedBy {
    private final List<ClusterNode> nodes;

    ServedBy(List<ClusterNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** The node's target name, or the raw value when no node matches; empty when there is no value. */
    String nodeOf(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return "";
        }
        String[] tried = headerValue.split(",");
        String value = tried[tried.length - 1].strip();
        for (ClusterNode node : nodes) {
            if (matches(node, value)) {
                return node.targetName();
            }
        }
        return value;
    }

    private static boolean matches(ClusterNode node, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        String target = node.targetName();
        if (lower.equals(target.toLowerCase(Locale.ROOT)) || lower.equals(Backend.serverName(target).toLowerCase(Locale.ROOT))
                || (node.getHost() != null && lower.equals(node.getHost().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        try {
            URI base = URI.create(node.getBaseUrl().strip());
            int port = base.getPort() > 0 ? base.getPort() : "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
            return lower.equals((base.getHost() + ":" + port).toLowerCase(Locale.ROOT));
        } catch (RuntimeException unusableUrl) {
            return false;
        }
    }
}
