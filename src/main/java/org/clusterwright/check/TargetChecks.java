package org.clusterwright.check;

import java.util.List;
import java.util.Set;

/**
 * The checks for one target, run in order; different targets run in parallel. A target that names others in
 * {@code after} starts only once every target of those names has finished, whatever their results: that is how a
 * verdict over many targets (every node has the same key) waits for the checks it judges.
 */
public record TargetChecks(String target, List<Check> checks, Set<String> after) {
    public TargetChecks {
        checks = List.copyOf(checks);
        after = Set.copyOf(after);
    }

    public TargetChecks(String target, List<Check> checks) {
        this(target, checks, Set.of());
    }
}
