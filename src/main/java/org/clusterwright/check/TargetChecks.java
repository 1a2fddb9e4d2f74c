package org.clusterwright.check;

import java.util.List;

/** The checks for one target, run in order; different targets run in parallel. */
public record TargetChecks(String target, List<Check> checks) {
    public TargetChecks {
        checks = List.copyOf(checks);
    }
}
