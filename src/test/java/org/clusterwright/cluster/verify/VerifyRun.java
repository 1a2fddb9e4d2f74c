package org.clusterwright.cluster.verify;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
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
import java.util.concurrent.ConcurrentHashMap;

/** Runs the verify plan of a profile built from simulated nodes, and finds results by check and target. */
final class VerifyRun {
    static final Duration DEADLINE = Duration.ofSeconds(2);

    final Profile profile = new Profile();
    final Map<String, NodeKeyReading> keyReadings = new ConcurrentHashMap<>();
    List<CheckResult> results = List.of();
    VerifyPlan plan;

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

    VerifyRun run(VerifyOptions options) throws InterruptedException {
        plan = VerifyPlan.of(profile, options, keyReadings, false);
        results = new CheckRunner(DEADLINE).runAll(plan.targets());
        return this;
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
