package org.clusterwright.bench;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.cluster.verify.VerifyOptions;
import org.clusterwright.cluster.verify.VerifyPlan;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Profile;
import org.clusterwright.testing.BlackHole;
import org.clusterwright.testing.SimulatedNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Step 5's full verify of 5 and of 50 simulated nodes, one of them black-holed in each: the nodes are asked in
 * parallel, so 50 must cost at most twice 5, and both at most the health timeout plus a second.
 */
final class VerifyBenchmark implements Benchmark {
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration RUN_DEADLINE = HEALTH_TIMEOUT.plusMillis(500);

    @Override
    public String name() {
        return "verify-nodes";
    }

    @Override
    public String description() {
        return "full verify of 50 vs 5 simulated nodes, one black-holed (bound 2); each vs health timeout + 1 s (bound 1)";
    }

    @Override
    public Measurement run() throws Exception {
        return measure().get(0);
    }

    @Override
    public List<Measurement> measure() throws Exception {
        verifySeconds(5);
        double five = verifySeconds(5);
        double fifty = verifySeconds(50);
        double limit = HEALTH_TIMEOUT.toMillis() / 1000.0 + 1;
        return List.of(new Measurement("50 nodes", fifty, "5 nodes", five, 2.0, "s"),
                new Measurement("50 nodes", fifty, "health timeout + 1 s", limit, 1.0, "s"),
                new Measurement("5 nodes", five, "health timeout + 1 s", limit, 1.0, "s"));
    }

    private static double verifySeconds(int count) throws Exception {
        List<SimulatedNode> nodes = new ArrayList<>();
        try (BlackHole hole = new BlackHole()) {
            Profile profile = new Profile();
            profile.setName("bench");
            List<ClusterNode> clusterNodes = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                SimulatedNode node = new SimulatedNode("n" + i, SimulatedNode.Format.PROGET_2026);
                nodes.add(node);
                clusterNodes.add(new ClusterNode(node.name(), "127.0.0.1", NodeAccess.MANUAL, node.baseUrl()));
            }
            clusterNodes.add(new ClusterNode("hole", "127.0.0.1", NodeAccess.MANUAL, "http://127.0.0.1:" + hole.port() + "/"));
            profile.setNodes(clusterNodes);

            long started = System.nanoTime();
            List<CheckResult> results = new CheckRunner(RUN_DEADLINE).runAll(
                    VerifyPlan.targets(profile, new VerifyOptions(HEALTH_TIMEOUT, 30), Set.of()));
            double seconds = (System.nanoTime() - started) / 1e9;
            long healthy = results.stream().filter(r -> r.id().equals(VerifyPlan.HEALTH) && r.status() == Status.PASS).count();
            if (healthy != count - 1) {
                throw new IllegalStateException("expected " + (count - 1) + " healthy nodes: " + results);
            }
            return seconds;
        } finally {
            nodes.forEach(SimulatedNode::close);
        }
    }
}
