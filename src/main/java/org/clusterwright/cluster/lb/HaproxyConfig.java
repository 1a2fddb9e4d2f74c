package org.clusterwright.cluster.lb;

import org.clusterwright.cluster.health.NodeProbe;

/**
 * An HAProxy frontend and backend for the nodes: round robin, no affinity cookie, an active health check with a
 * request the product's nodes answer ({@link NodeProbe}: {@code /health}, or Otter's web root), drained nodes {@code disabled} (in maintenance: no traffic, no checks), and the node header set
 * from the name of the server that answered.
 */
public final class HaproxyConfig {
    private HaproxyConfig() {
    }

    public static String generate(Backends config) {
        String pool = config.poolName();
        StringBuilder text = new StringBuilder();
        text.append("# HAProxy load balancer for the ").append(config.product()).append(" cluster")
                .append(config.clusterName().isEmpty() ? "" : " \"" + config.clusterName() + "\"").append(", written by Clusterwright.\n");
        text.append("# Append it to /etc/haproxy/haproxy.cfg (or pass it as a second -f), then: haproxy -c -f ... && reload.\n");
        text.append("# No session affinity (no 'cookie' line): Inedo's guide says sticky sessions are not needed when every\n");
        text.append("# node has the same EncryptionKey. The ").append(config.header())
                .append(" header names the node that answered.\n\n");

        text.append("frontend ").append(pool).append('\n');
        text.append("    mode http\n");
        text.append("    bind ").append(config.listen().contains(":") ? config.listen() : ":" + config.listen())
                .append(config.listenTls() ? " ssl crt /etc/haproxy/certs/" + pool + ".pem" : "").append('\n');
        text.append("    timeout client 300s\n");
        text.append("    option forwardfor\n");
        text.append("    default_backend ").append(pool).append("_nodes\n\n");

        text.append("backend ").append(pool).append("_nodes\n");
        text.append("    mode http\n");
        text.append("    balance roundrobin\n");
        text.append("    timeout connect 5s\n");
        text.append("    timeout server 300s\n");
        NodeProbe probe = config.probe();
        if (probe.redirectsOk()) {
            text.append("    # ").append(config.product()).append(" documents no /health: a node is up while its web root")
                    .append(" answers 200 or a redirect to its log-in page\n");
        }
        text.append("    option httpchk GET ").append(probe.path()).append('\n');
        text.append(probe.redirectsOk() ? "    http-check expect rstatus ^[23][0-9][0-9]$\n"
                : "    http-check expect status 200\n");
        text.append("    option redispatch\n");
        text.append("    retries 2\n");
        text.append("    http-response set-header ").append(config.header()).append(" %[srv_name]\n");
        String tls = config.scheme().equals("https") ? " ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt" : "";
        for (Backend backend : config.backends()) {
            text.append("    server ").append(backend.serverName()).append(' ').append(backend.address()).append(tls)
                    .append(" check inter 5s fall 2 rise 2");
            text.append(backend.drained() ? " disabled  # drained\n" : "\n");
        }
        return text.toString();
    }
}
