package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.clusterwright.check.RunSummary;
import org.clusterwright.journal.JournalEntry;
import org.clusterwright.secrets.SecretMask;

import java.time.Instant;
import java.util.List;

/**
 * One run the report draws on, as the journal recorded it: what ran, from which face, when, by whom, with which
 * Clusterwright, how its results ended and how many changes it made.
 *
 * @param worst the worst status among its results; empty when it had none
 */
@JsonPropertyOrder({"runId", "face", "action", "steps", "startedAt", "finishedAt", "by", "toolVersion", "worst",
        "results", "changes"})
public record RunEntry(String runId, String face, String action, List<String> steps, Instant startedAt,
                       Instant finishedAt, String by, String toolVersion, String worst, int results, int changes) {
    public RunEntry {
        steps = List.copyOf(steps);
    }

    static RunEntry of(JournalEntry run, SecretMask mask) {
        String worst = run.results().isEmpty() ? "" : RunSummary.of(run.results()).worst().name();
        return new RunEntry(run.runId(), run.face().displayName(), mask.apply(run.action()), run.steps(),
                run.startedAt(), run.finishedAt(), run.user(), run.toolVersion(), worst, run.results().size(),
                run.changes().size());
    }
}
