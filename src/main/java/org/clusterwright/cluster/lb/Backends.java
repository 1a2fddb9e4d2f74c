package org.clusterwright.cluster.lb;

import org.clusterwright.cluster.health.NodeProbe;
import org.clusterwright.profile.LoadBalancerSettings;
import org.clusterwright.profile.Profile;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every generated configuration is made from: the profile's nodes as backends, the address the balancer
 * listens on (from the load balancer URL), the node header, and a name for the pool.
 */
public record Backends(String poolName, String product, String clusterName, List<Backend> backends, String scheme,
                       String listenHost, String bindAddress, int listenPort, boolean listenTls, String header,
                       NodeProbe probe) {

    public static Backends of(Profile profile) {
        List<Backend> backends = profile.getNodes().stream().map(Backend::of).toList();
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("The profile has no nodes to balance.");
        }
        if (backends.stream().allMatch(Backend::drained)) {
            throw new IllegalArgumentException("Every node is drained; put at least one node in the cluster.");
        }
        Set<String> schemes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Backend backend : backends) {
            schemes.add(backend.scheme());
            if (!names.add(backend.serverName().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Two nodes are both named '" + backend.serverName()
                        + "' in a balancer config; give them distinct names.");
            }
        }
        if (schemes.size() > 1) {
            throw new IllegalArgumentException("The nodes mix http and https base URLs; one balancer pool speaks one of them.");
        }
        LoadBalancerSettings lb = profile.getLoadBalancer();
        URI url = lb.getUrl() == null || lb.getUrl().isBlank() ? null : URI.create(lb.getUrl().strip());
        boolean tls = url != null && "https".equalsIgnoreCase(url.getScheme());
        int port = url == null ? 80 : url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
        String host = url == null || url.getHost() == null ? "_" : url.getHost();
        String slug = (profile.getName() == null ? "" : profile.getName()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("(^_+|_+$)", "");
        String pool = "clusterwright_" + profile.getProduct().id() + "_" + (slug.isEmpty() ? "cluster" : slug);
        return new Backends(pool, profile.getProduct().displayName(), profile.getName() == null ? "" : profile.getName(),
                backends, schemes.iterator().next(), host, bindAddress(host), port, tls, NodeHeader.of(lb),
                NodeProbe.of(profile.getProduct()));
    }

    /** A balancer reached at a loopback address listens only there (a test, or one on the same host); else everywhere. */
    private static String bindAddress(String host) {
        return host.equals("localhost") || host.startsWith("127.") ? "127.0.0.1" : host.equals("[::1]") ? "[::1]" : "";
    }

    /** {@code address:port} to listen on, or just the port for every address. */
    String listen() {
        return bindAddress.isEmpty() ? String.valueOf(listenPort) : bindAddress + ":" + listenPort;
    }
}
