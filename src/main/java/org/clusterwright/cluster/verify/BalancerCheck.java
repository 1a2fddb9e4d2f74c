package org.clusterwright.cluster.verify;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.HttpUrls;
import org.clusterwright.profile.Product;

import java.util.List;

/**
 * {@code verify.balancer}: N requests to the balancer's {@code /health}; all must succeed. Latency figures go to the
 * evidence; with a node header, so do the requests per node, and drained, silent or vanishing nodes are named.
 */
final class BalancerCheck implements Check {
    static final CheckId ID = CheckId.of("verify.balancer");

    private final String url;
    private final String header;
    private final Product product;
    private final List<ClusterNode> nodes;
    private final List<String> nodeTargets;
    private final BalancerProbe probe;
    private final VerifyOptions options;

    BalancerCheck(String url, String header, Product product, List<ClusterNode> nodes, List<String> nodeTargets,
                  BalancerProbe probe, VerifyOptions options) {
        this.url = url;
        this.header = header;
        this.product = product;
        this.nodes = List.copyOf(nodes);
        this.nodeTargets = List.copyOf(nodeTargets);
        this.probe = probe;
        this.options = options;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) throws InterruptedException {
        if (url == null || url.isBlank()) {
            return Outcome.skip("No load balancer address is given in the profile, so the balancer was not tested.");
        }
        String problem = HttpUrls.problemWith(url);
        if (problem != null) {
            return Outcome.error("The load balancer address is not usable: " + problem, "Correct it in the Verify step.");
        }
        BalancerReport report = probe.run(url, header, options.balancerRequests(), options.healthTimeout(), product,
                nodes, nodeTargets);
        context.publish(VerifyPlan.BALANCER_REPORT, report);
        return new BalancerVerdict(nodes).judge(report);
    }
}
