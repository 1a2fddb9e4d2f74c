package org.clusterwright.cluster.verify;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRun;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Findings;
import org.clusterwright.check.Outcome;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.keys.KeyReadCheck;
import org.clusterwright.keys.NodeKeyReading;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.testing.SimulatedNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Runs the verify plan of a profile built from simulated nodes, and finds results by check and target. */
final class VerifyRun {
    static final Duration DEADLINE = Duration.ofSeconds(2);

    final Profile profile = new Profile();
    final Map<String, NodeKeyReading> keyReadings = new ConcurrentHashMap<>();
    List<CheckResult> results = List.of();
    Findings findings = Findings.none();

    VerifyRun(Product product, VersionLine line) {
        profile.setName("verify test");
        profile.setProduct(product);
        profile.setVersionLine(line);
    }

    ClusterNode add(SimulatedNode simulated) {
        return add(simulated.name(), simulated.baseUrl());
    }

    ClusterNode add(String name, String baseUrl) {
        ClusterNode node = new ClusterNode(name, "127.0.0.1", NodeAccess.MANUAL, baseUrl);
        List<ClusterNode> nodes = new ArrayList<>(profile.getNodes());
        nodes.add(node);
        profile.setNodes(nodes);
        return node;
    }

    VerifyRun run() throws InterruptedException {
        return run(VerifyOptions.forDeadline(DEADLINE));
    }

    /** Runs the verify plan after one target per key reading, each publishing it as the key step's read would. */
    VerifyRun run(VerifyOptions options) throws InterruptedException {
        List<TargetChecks> plan = new ArrayList<>();
        keyReadings.forEach((target, reading) -> plan.add(new TargetChecks(target, List.of(new Publishing(reading)))));
        plan.addAll(VerifyPlan.targets(profile, options, Set.copyOf(keyReadings.keySet())));
        CheckRun run = new CheckRunner(DEADLINE).runToEnd(plan);
        results = run.await();
        findings = run.findings();
        return this;
    }

    /** The grid's rows, from what the last run found. */
    List<NodeRow> rows() {
        return VerifyPlan.rows(profile, findings);
    }

    /** Stands in for {@code key.read}: publishes a reading the test chose. */
    private record Publishing(NodeKeyReading reading) implements Check {
        @Override
        public CheckId id() {
            return CheckId.of("test.key-read");
        }

        @Override
        public Outcome run(CheckContext context) {
            context.publish(KeyReadCheck.READING, reading);
            return Outcome.pass("Read by the test.");
        }
    }

    CheckResult result(CheckId id, String target) {
        return results.stream().filter(r -> r.id().equals(id) && r.target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " result for " + target + " in " + results));
    }

    CheckResult result(CheckId id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " result in " + results));
    }
}
