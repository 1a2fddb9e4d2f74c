package org.clusterwright.cluster.health;

import org.clusterwright.profile.Product;

/**
 * What a load balancer (or a Kubernetes readiness probe) asks a node to decide whether it takes traffic: a request
 * every node of the product really answers. ProGet (since 5.2.9) and BuildMaster document {@code /health}, which
 * answers 200 when healthy; Otter documents none, so its nodes are asked for their web root, which answers 200 or a
 * redirect to the log-in page when the web application runs. A static config cannot fall back as the restart waits
 * do, so the product decides.
 *
 * @param path          the path below the node's base URL, starting with '/'
 * @param redirectsOk   true when a 3xx answer counts as up (the web root may redirect to the log-in page)
 */
public record NodeProbe(String path, boolean redirectsOk) {

    public static NodeProbe of(Product product) {
        return product.documentsHealth() ? new NodeProbe("/health", false) : new NodeProbe("/", true);
    }

    /** The statuses that count as up, in words: "200", "200 to 399". */
    public String statusWords() {
        return redirectsOk ? "200 to 399" : "200";
    }
}
