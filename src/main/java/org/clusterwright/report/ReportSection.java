package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One step of the procedure (or the load balancer): its checks, the changes applied in it, and its manual items.
 * {@code id} is stable: the step's id ({@code database}, {@code key}, {@code storage}, {@code ha}, {@code verify}),
 * {@code load-balancer}, or {@code other} for results of checks this version does not place.
 */
@JsonPropertyOrder({"id", "title", "checks", "changes", "manualItems"})
public record ReportSection(String id, String title, List<CheckEntry> checks, List<ChangeEntry> changes,
                            List<ManualItem> manualItems) {
    public ReportSection {
        checks = List.copyOf(checks);
        changes = List.copyOf(changes);
        manualItems = List.copyOf(manualItems);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return checks.isEmpty() && changes.isEmpty() && manualItems.isEmpty();
    }
}
