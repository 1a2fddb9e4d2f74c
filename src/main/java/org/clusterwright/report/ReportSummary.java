package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.check.RunSummary;
import org.clusterwright.check.Status;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The counts a reader looks at first, over the latest result of each check. {@code counts} is keyed by lower-case
 * status name, as in the results file; {@code exitCode} is what {@code clusterwright check} returns for such results.
 */
@JsonPropertyOrder({"worst", "exitCode", "total", "counts", "changes", "manualOpen", "manualDone", "runs"})
public record ReportSummary(Status worst, int exitCode, int total, Map<String, Integer> counts, int changes,
                            int manualOpen, int manualDone, int runs) {

    public ReportSummary {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    static ReportSummary of(List<ReportSection> sections, int runs) {
        List<CheckEntry> checks = sections.stream().flatMap(s -> s.checks().stream()).toList();
        RunSummary run = RunSummary.of(checks.stream().map(CheckEntry::toResult).toList());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            counts.put(status.name().toLowerCase(Locale.ROOT), run.count(status));
        }
        List<ManualItem> items = sections.stream().flatMap(s -> s.manualItems().stream()).toList();
        int done = (int) items.stream().filter(ManualItem::done).count();
        int changes = sections.stream().mapToInt(s -> s.changes().size()).sum();
        return new ReportSummary(run.worst(), ExitCodes.of(run), run.total(), counts, changes, items.size() - done, done,
                runs);
    }

    public int count(Status status) {
        return counts.getOrDefault(status.name().toLowerCase(Locale.ROOT), 0);
    }
}
