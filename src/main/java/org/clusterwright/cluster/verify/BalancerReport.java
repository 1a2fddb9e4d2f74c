package org.clusterwright.cluster.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a series of requests through the load balancer showed: every sample, and the figures the wizard's chart and
 * the report show (requests per node, latency percentiles).
 */
public record BalancerReport(String url, String header, int planned, List<BalancerSample> samples, List<String> nodeTargets,
                             String stoppedEarly) {
    public BalancerReport {
        samples = List.copyOf(samples);
        nodeTargets = List.copyOf(nodeTargets);
        stoppedEarly = stoppedEarly == null ? "" : stoppedEarly;
    }

    public long succeeded() {
        return samples.stream().filter(BalancerSample::succeeded).count();
    }

    public List<BalancerSample> failures() {
        return samples.stream().filter(s -> !s.succeeded()).toList();
    }

    /** Requests per node, every profile node listed (zero when it served none), then any unknown header values. */
    public Map<String, Integer> distribution() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        nodeTargets.forEach(target -> counts.put(target, 0));
        samples.stream().filter(s -> s.succeeded() && !s.servedBy().isEmpty())
                .forEach(s -> counts.merge(s.servedBy(), 1, Integer::sum));
        return counts;
    }

    /** True when at least one answer carried the node header. */
    public boolean namesNodes() {
        return samples.stream().anyMatch(s -> !s.servedBy().isEmpty());
    }

    /** The index of the last request {@code target} served, or -1. */
    public int lastServedBy(String target) {
        int last = -1;
        for (BalancerSample sample : samples) {
            if (sample.succeeded() && sample.servedBy().equals(target)) {
                last = sample.index();
            }
        }
        return last;
    }

    public Set<String> affinityCookies() {
        Set<String> names = new LinkedHashSet<>();
        samples.forEach(s -> names.addAll(s.affinityCookies()));
        return names;
    }

    /** Latency percentile in milliseconds over the answered requests (0 when none answered). */
    public long percentile(int percent) {
        List<Long> millis = new ArrayList<>(samples.stream().filter(s -> s.httpStatus() > 0).map(BalancerSample::millis).toList());
        if (millis.isEmpty()) {
            return 0;
        }
        millis.sort(null);
        int rank = (int) Math.ceil(percent / 100.0 * millis.size());
        return millis.get(Math.max(0, Math.min(millis.size() - 1, rank - 1)));
    }

    public String describeDistribution() {
        StringBuilder text = new StringBuilder();
        distribution().forEach((node, count) -> text.append(text.isEmpty() ? "" : ", ").append(node).append('=').append(count));
        return text.toString();
    }
}
