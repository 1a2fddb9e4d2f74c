package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;

import java.util.List;

/**
 * What an apply (or a restore) did and what the nodes held afterwards.
 *
 * @param applied one result per node; after an apply, with the backup each write made (what a restore puts back)
 * @param after   every node read again after the writes
 * @param report  the results to show: decision, per-node plan, {@code key.apply}, fresh {@code key.read} and
 *                {@code key.consistent}
 */
public record AppliedPlan(List<NodeApplyResult> applied, KeyInspection after, List<CheckResult> report) {
    public AppliedPlan {
        applied = List.copyOf(applied);
        report = List.copyOf(report);
    }

    /** True when at least one node was written, so there is something to restore. */
    public boolean wroteAnything() {
        return applied.stream().anyMatch(r -> r.result() == NodeApplyResult.Result.APPLIED);
    }
}
