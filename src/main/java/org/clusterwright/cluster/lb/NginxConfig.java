package org.clusterwright.cluster.lb;

/**
 * An nginx configuration for the http context (a file in {@code /etc/nginx/conf.d/}): an upstream of the nodes,
 * drained ones marked {@code down}, round robin without affinity, and the node header naming the server that answered.
 * Open-source nginx has no active health checks: a node that fails a request is taken out for {@code fail_timeout},
 * and the request is retried on the next node.
 */
public final class NginxConfig {
    private NginxConfig() {
    }

    public static String generate(Backends config) {
        String pool = config.poolName();
        String nodeVariable = "$" + pool + "_node";
        StringBuilder text = new StringBuilder();
        header(text, config);
        text.append("upstream ").append(pool).append(" {\n");
        // shared state, so every worker process sees the same round robin and the same failed servers
        text.append("    zone ").append(pool).append(" 64k;\n");
        for (Backend backend : config.backends()) {
            text.append("    server ").append(backend.address());
            text.append(backend.drained() ? " down;  # " + backend.target() + ": drained\n"
                    : " max_fails=1 fail_timeout=10s;  # " + backend.target() + "\n");
        }
        text.append("    keepalive 16;\n}\n\n");

        text.append("# $upstream_addr lists every server tried for a request; the last one answered\n");
        text.append("map $upstream_addr ").append(nodeVariable).append(" {\n");
        for (Backend backend : config.backends()) {
            text.append("    \"~(^|,\\s*)").append(backend.address().replaceAll("([.\\[\\]])", "\\\\$1")).append("$\" ")
                    .append(backend.serverName()).append(";\n");
        }
        text.append("    default $upstream_addr;\n}\n\n");

        text.append("server {\n");
        text.append("    listen ").append(config.listen()).append(config.listenTls() ? " ssl" : "").append(";\n");
        text.append("    server_name ").append(config.listenHost()).append(";\n");
        if (config.listenTls()) {
            text.append("    # the balancer's own certificate for ").append(config.listenHost()).append('\n');
            text.append("    ssl_certificate     /etc/nginx/ssl/").append(pool).append(".crt;\n");
            text.append("    ssl_certificate_key /etc/nginx/ssl/").append(pool).append(".key;\n");
        }
        text.append("    # packages and artifacts can be large; let them through unbuffered\n");
        text.append("    client_max_body_size 0;\n");
        text.append("    proxy_request_buffering off;\n");
        text.append("    proxy_buffering off;\n\n");
        text.append("    location / {\n");
        text.append("        proxy_pass ").append(config.scheme()).append("://").append(pool).append(";\n");
        text.append("        proxy_http_version 1.1;\n");
        text.append("        proxy_set_header Connection \"\";\n");
        text.append("        proxy_set_header Host $host;\n");
        text.append("        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n");
        text.append("        proxy_set_header X-Forwarded-Proto $scheme;\n");
        text.append("        proxy_connect_timeout 5s;\n");
        text.append("        proxy_read_timeout 300s;\n");
        text.append("        proxy_next_upstream error timeout http_502 http_503 http_504;\n");
        if (config.scheme().equals("https")) {
            text.append("        proxy_ssl_server_name on;\n");
            text.append("        proxy_ssl_verify on;\n");
            text.append("        proxy_ssl_trusted_certificate /etc/ssl/certs/ca-certificates.crt;\n");
        }
        text.append("        add_header ").append(config.header()).append(' ').append(nodeVariable).append(" always;\n");
        text.append("    }\n}\n");
        return text.toString();
    }

    private static void header(StringBuilder text, Backends config) {
        text.append("# nginx load balancer for the ").append(config.product()).append(" cluster")
                .append(config.clusterName().isEmpty() ? "" : " \"" + config.clusterName() + "\"").append(", written by Clusterwright.\n");
        text.append("# Put it in /etc/nginx/conf.d/, then: nginx -t && nginx -s reload\n");
        text.append("# No session affinity: Inedo's guide says sticky sessions are not needed when every node has the same\n");
        text.append("# EncryptionKey. The ").append(config.header()).append(" header names the node that answered, so the\n");
        text.append("# verify step can see the spread.\n");
        String path = config.probe().path();
        text.append("# Health: GET ").append(path).append(" on a node answers ").append(config.probe().statusWords())
                .append(" when it is up. Open-source nginx cannot probe it;\n");
        text.append("# it takes a node out when a request to it fails (NGINX Plus: add 'health_check uri=").append(path)
                .append(config.probe().redirectsOk() ? " match=up;' with 'match up { status 200-399; }'" : ";'")
                .append(").\n\n");
    }
}
