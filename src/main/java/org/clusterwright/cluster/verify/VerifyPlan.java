package org.clusterwright.cluster.verify;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.cluster.NodeTargets;
import org.clusterwright.cluster.health.HealthAnswer;
import org.clusterwright.cluster.health.HealthComponent;
import org.clusterwright.cluster.health.HealthFormat;
import org.clusterwright.cluster.health.HealthProbe;
import org.clusterwright.cluster.health.HealthReport;
import org.clusterwright.cluster.lb.NodeHeader;
import org.clusterwright.keys.NodeKeyReading;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Profile;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Step 5's checks for one run, and what they found as data. Every node is asked in parallel (one target each); the
 * version and key comparisons wait for the nodes' answers on the {@value #CLUSTER_TARGET} target, and the balancer is
 * tested at the same time on {@value #BALANCER_TARGET}. Run {@link #targets()} with a {@code CheckRunner}, then read
 * {@link #rows()} and {@link #findings()} for the grid and the chart.
 */
public final class VerifyPlan {
    public static final CheckId HEALTH = NodeHealthCheck.ID;
    public static final CheckId VERSION = VersionCheck.ID;
    public static final CheckId KEY = KeyFingerprintCheck.ID;
    public static final CheckId BALANCER = BalancerCheck.ID;
    public static final String CLUSTER_TARGET = "cluster";
    public static final String BALANCER_TARGET = "load-balancer";

    private final List<ClusterNode> nodes;
    private final Map<String, NodeKeyReading> keyReadings;
    private final VerifyFindings findings;
    private final List<TargetChecks> targets;

    private VerifyPlan(List<ClusterNode> nodes, Map<String, NodeKeyReading> keyReadings, VerifyFindings findings,
                       List<TargetChecks> targets) {
        this.nodes = nodes;
        this.keyReadings = keyReadings;
        this.findings = findings;
        this.targets = targets;
    }

    /**
     * The checks for {@code profile}. {@code keyReadings} holds the key step's readings by target name; when
     * {@code keyReadsInThisRun} the key step runs alongside and fills it, and {@code verify.key} waits for it.
     */
    public static VerifyPlan of(Profile profile, VerifyOptions options, Map<String, NodeKeyReading> keyReadings,
                                boolean keyReadsInThisRun) {
        List<ClusterNode> nodes = List.copyOf(profile.getNodes());
        List<String> names = nodes.stream().map(NodeTargets::of).toList();
        VerifyFindings findings = new VerifyFindings(names);
        Supplier<HttpClient> client = HealthProbe.lazyClient(options.healthTimeout());
        HealthProbe probe = new HealthProbe(client);
        List<TargetChecks> targets = new ArrayList<>();
        for (ClusterNode node : nodes) {
            Check health = new NodeHealthCheck(node, profile.getProduct(), profile.getVersionLine(), probe, options, findings);
            targets.add(new TargetChecks(NodeTargets.of(node), List.of(health)));
        }
        if (!nodes.isEmpty()) {
            // two targets of the same name run in parallel: a slow key read must not hold up the version comparison
            targets.add(new TargetChecks(CLUSTER_TARGET, List.of(new VersionCheck(profile.getProduct(), findings, options))));
            targets.add(new TargetChecks(CLUSTER_TARGET, List.of(new KeyFingerprintCheck(names, keyReadings,
                    keyReadsInThisRun, profile.getEncryptionKey().getFingerprint(), options.findingsWait()))));
        }
        targets.add(new TargetChecks(BALANCER_TARGET, List.of(new BalancerCheck(profile.getLoadBalancer().getUrl(),
                NodeHeader.of(profile.getLoadBalancer()), profile.getProduct(), nodes, names, new BalancerProbe(client),
                options, findings))));
        return new VerifyPlan(nodes, keyReadings, findings, List.copyOf(targets));
    }

    public List<TargetChecks> targets() {
        return targets;
    }

    public VerifyFindings findings() {
        return findings;
    }

    /** One row per node in profile order, from what is known now (call again as results arrive). */
    public List<NodeRow> rows() {
        List<NodeRow> rows = new ArrayList<>();
        for (ClusterNode node : nodes) {
            String target = NodeTargets.of(node);
            String fingerprint = Optional.ofNullable(keyReadings.get(target)).filter(NodeKeyReading::hasKey)
                    .map(NodeKeyReading::fingerprint).orElse("");
            rows.add(row(target, node.isHaEnabled(), findings.health(target), fingerprint));
        }
        return rows;
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
