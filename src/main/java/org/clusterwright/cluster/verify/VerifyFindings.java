package org.clusterwright.cluster.verify;

import org.clusterwright.cluster.health.HealthAnswer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What one verify run found, as data rather than text: each node's health answer and the balancer's sample. The
 * per-node checks fill it; the cluster-wide checks wait here for the nodes; the wizard reads it for its grid.
 */
public final class VerifyFindings {
    private final List<String> nodeTargets;
    private final Map<String, HealthAnswer> health = new ConcurrentHashMap<>();
    private final CountDownLatch pending;
    private volatile BalancerReport balancer;

    VerifyFindings(List<String> nodeTargets) {
        this.nodeTargets = List.copyOf(nodeTargets);
        this.pending = new CountDownLatch(nodeTargets.size());
    }

    void recordHealth(String target, HealthAnswer answer) {
        if (health.putIfAbsent(target, answer) == null) {
            pending.countDown();
        }
    }

    void recordBalancer(BalancerReport report) {
        this.balancer = report;
    }

    /** Waits until every node has answered (or failed to), at most {@code max}; returns what is known then. */
    Map<String, HealthAnswer> awaitHealth(Duration max) throws InterruptedException {
        pending.await(max.toNanos(), TimeUnit.NANOSECONDS);
        return health();
    }

    /** The health answers known so far, in profile order. */
    public Map<String, HealthAnswer> health() {
        Map<String, HealthAnswer> ordered = new LinkedHashMap<>();
        nodeTargets.forEach(target -> {
            HealthAnswer answer = health.get(target);
            if (answer != null) {
                ordered.put(target, answer);
            }
        });
        return ordered;
    }

    public Optional<HealthAnswer> health(String target) {
        return Optional.ofNullable(health.get(target));
    }

    /** The balancer sample, once {@code verify.balancer} has run with a URL to probe. */
    public Optional<BalancerReport> balancer() {
        return Optional.ofNullable(balancer);
    }

    public List<String> nodeTargets() {
        return nodeTargets;
    }
}
