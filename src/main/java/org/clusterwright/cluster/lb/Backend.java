package org.clusterwright.cluster.lb;

import org.clusterwright.profile.ClusterNode;

import java.net.URI;
import java.util.Locale;

/**
 * One node as a balancer sees it: a server name safe in HAProxy and nginx (also the value of the node header), the
 * host and port of its own web address, and whether it is drained.
 */
public record Backend(String target, String serverName, String scheme, String host, int port, boolean drained) {

    static Backend of(ClusterNode node) {
        String target = node.targetName();
        if (node.getBaseUrl() == null || node.getBaseUrl().isBlank()) {
            throw new IllegalArgumentException(target + " has no base URL; give each node the address of its own web"
                    + " server (for example http://node1:8624/).");
        }
        URI base;
        try {
            base = URI.create(node.getBaseUrl().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(target + "'s base URL is not usable: " + node.getBaseUrl(), e);
        }
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (base.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException(target + "'s base URL must be http:// or https:// with a host: "
                    + node.getBaseUrl());
        }
        int port = base.getPort() > 0 ? base.getPort() : scheme.equals("https") ? 443 : 80;
        return new Backend(target, serverName(target), scheme, base.getHost(), port, !node.isHaEnabled());
    }

    /** {@code host:port}, with an IPv6 literal in brackets. */
    public String address() {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Letters, digits, dots, dashes and underscores only: what HAProxy accepts as a server name unquoted. */
    public static String serverName(String target) {
        String name = target.replaceAll("[^A-Za-z0-9._-]+", "_");
        return name.isEmpty() ? "node" : name;
    }
}
