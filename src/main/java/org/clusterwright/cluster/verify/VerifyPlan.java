package org.clusterwright.cluster.verify;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Finding;
import org.clusterwright.check.Findings;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.cluster.health.HealthAnswer;
import org.clusterwright.cluster.health.HealthComponent;
import org.clusterwright.cluster.health.HealthFormat;
import org.clusterwright.cluster.health.HealthProbe;
import org.clusterwright.cluster.health.HealthReport;
import org.clusterwright.cluster.lb.NodeHeader;
import org.clusterwright.keys.KeyReadCheck;
import org.clusterwright.keys.NodeKeyReading;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.RestartWords;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Step 5's checks, and how to read what they found. Every node is asked in parallel (one target each); the version
 * and key comparisons run on the {@value #CLUSTER_TARGET} target once the nodes' answers (and the key step's reads
 * of the same run) are in, and the balancer is tested at the same time on {@value #BALANCER_TARGET}. Run
 * {@link #targets} with a {@code CheckRunner}, then draw {@link #rows} and {@link #balancer} from the run's findings.
 */
public final class VerifyPlan {
    public static final CheckId HEALTH = NodeHealthCheck.ID;
    public static final CheckId VERSION = VersionCheck.ID;
    public static final CheckId KEY = KeyFingerprintCheck.ID;
    public static final CheckId BALANCER = BalancerCheck.ID;
    public static final String CLUSTER_TARGET = "cluster";
    public static final String BALANCER_TARGET = "load-balancer";
    /** What a node's {@code /health} answered, or why it did not. */
    public static final Finding<HealthAnswer> HEALTH_ANSWER = Finding.of("verify.health", HealthAnswer.class);
    /** What the requests through the load balancer showed. */
    public static final Finding<BalancerReport> BALANCER_REPORT = Finding.of("verify.balancer", BalancerReport.class);

    private VerifyPlan() {
    }

    /**
     * The checks for {@code profile}. {@code keyReadTargets} are the targets of the key step's {@code key.read}
     * checks earlier in the same run, which {@code verify.key} waits for and judges; empty when the keys are not
     * read in this run.
     */
    public static List<TargetChecks> targets(Profile profile, VerifyOptions options, Set<String> keyReadTargets) {
        List<ClusterNode> nodes = List.copyOf(profile.getNodes());
        List<String> names = nodes.stream().map(ClusterNode::targetName).toList();
        Supplier<HttpClient> client = HealthProbe.lazyClient(options.healthTimeout());
        HealthProbe probe = new HealthProbe(client);
        List<TargetChecks> targets = new ArrayList<>();
        for (ClusterNode node : nodes) {
            Check health = new NodeHealthCheck(node, profile.getProduct(), RestartWords.of(profile, node), probe,
                    options);
            targets.add(new TargetChecks(node.targetName(), List.of(health)));
        }
        if (!nodes.isEmpty()) {
            // two targets of the same name run in parallel: the key comparison waits for the reads, the version
            // comparison for the health answers
            targets.add(new TargetChecks(CLUSTER_TARGET, List.of(new VersionCheck(profile.getProduct(), names)),
                    Set.copyOf(names)));
            targets.add(new TargetChecks(CLUSTER_TARGET, List.of(new KeyFingerprintCheck(names,
                    !keyReadTargets.isEmpty(), profile.getEncryptionKey().getFingerprint())), keyReadTargets));
        }
        targets.add(new TargetChecks(BALANCER_TARGET, List.of(new BalancerCheck(profile.getLoadBalancer().getUrl(),
                NodeHeader.of(profile.getLoadBalancer()), profile.getProduct(), nodes, names, new BalancerProbe(client),
                options))));
        return List.copyOf(targets);
    }

    /** One row per node in profile order, from what a run has found so far (call again as results arrive). */
    public static List<NodeRow> rows(Profile profile, Findings findings) {
        List<NodeRow> rows = new ArrayList<>();
        for (ClusterNode node : profile.getNodes()) {
            String target = node.targetName();
            String fingerprint = findings.get(target, KeyReadCheck.READING).filter(NodeKeyReading::hasKey)
                    .map(NodeKeyReading::fingerprint).orElse("");
            rows.add(row(target, node.isHaEnabled(), findings.get(target, HEALTH_ANSWER), fingerprint));
        }
        return rows;
    }

    /** What the balancer sample showed, once {@code verify.balancer} has run with a URL to probe. */
    public static Optional<BalancerReport> balancer(Findings findings) {
        return findings.get(BALANCER_TARGET, BALANCER_REPORT);
    }

    private static NodeRow row(String target, boolean inCluster, Optional<HealthAnswer> answer, String fingerprint) {
        if (answer.isEmpty()) {
            return new NodeRow(target, inCluster, NodeRow.Health.PENDING, "", "", "", "", fingerprint, "");
        }
        if (answer.get().report().isEmpty()) {
            return new NodeRow(target, inCluster, NodeRow.Health.UNREACHABLE, "", "", "", "", fingerprint,
                    answer.get().unreachable());
        }
        HealthReport report = answer.get().report().get();
        NodeRow.Health health = report.format() == HealthFormat.NOT_FOUND ? NodeRow.Health.NO_ENDPOINT
                : report.healthy() ? NodeRow.Health.HEALTHY : NodeRow.Health.UNHEALTHY;
        return new NodeRow(target, inCluster, health, status(report, HealthReport.DATABASE),
                status(report, HealthReport.LICENSE), status(report, HealthReport.SERVICE), report.version(), fingerprint,
                report.problem());
    }

    private static String status(HealthReport report, String component) {
        return report.component(component).map(HealthComponent::status).orElse("");
    }
}
