package org.clusterwright.keys;

import org.clusterwright.check.CheckResult;

import java.util.List;

/** What reading every node found: one {@link NodeKeyReading} and one {@code key.read} result per node, in profile order. */
public record KeyInspection(List<NodeKeyReading> readings, List<CheckResult> results) {
    public KeyInspection {
        readings = List.copyOf(readings);
        results = List.copyOf(results);
    }
}
