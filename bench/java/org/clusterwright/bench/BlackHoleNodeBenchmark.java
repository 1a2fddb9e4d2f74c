package org.clusterwright.bench;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.engine.CheckPlanner;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Profile;
import org.clusterwright.testing.BlackHole;

import java.time.Duration;
import java.util.List;

/** Step 1's node checks against three black-holed nodes: the run must cost one timeout, not one per node or check. */
final class BlackHoleNodeBenchmark implements Benchmark {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Override
    public String name() {
        return "node-black-hole";
    }

    @Override
    public String description() {
        return "step 1 node checks against 3 black-holed nodes, total time / configured timeout (bound 1.2)";
    }

    @Override
    public Measurement run() throws Exception {
        try (BlackHole a = new BlackHole(); BlackHole b = new BlackHole(); BlackHole c = new BlackHole()) {
            Profile profile = new Profile();
            profile.setName("bench");
            profile.setNodes(List.of(node("a", a), node("b", b), node("c", c)));
            long started = System.nanoTime();
            List<CheckResult> results = new CheckRunner(TIMEOUT).runAll(new CheckPlanner().plan(profile, new org.clusterwright.secrets.InMemorySecretStore(), List.of(Step.DATABASE)));
            double seconds = (System.nanoTime() - started) / 1e9;
            long failed = results.stream().filter(r -> r.id().value().equals("node.tcp"))
                    .filter(r -> r.status() != org.clusterwright.check.Status.PASS).count();
            if (failed != 3) {
                throw new IllegalStateException("the black holes answered: " + results);
            }
            return new Measurement("total", seconds, "configured timeout", TIMEOUT.toMillis() / 1000.0, 1.2, "s");
        }
    }

    private static ClusterNode node(String name, BlackHole hole) {
        return new ClusterNode(name, "127.0.0.1", NodeAccess.MANUAL, "http://127.0.0.1:" + hole.port() + "/");
    }
}
