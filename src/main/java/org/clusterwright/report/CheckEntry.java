package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.journal.JournalEntry;
import org.clusterwright.secrets.SecretMask;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latest result of one check on one target, as the report shows it, with the run it came from. {@code key} is
 * {@code id@target}, unique within a report, so a script can address one line.
 *
 * @param runId the run whose result this is (see the report's runs)
 * @param ranAt when that run ended
 */
@JsonPropertyOrder({"key", "id", "target", "status", "summary", "detail", "remedy", "durationMillis", "evidence",
        "runId", "ranAt"})
public record CheckEntry(String key, CheckId id, String target, Status status, String summary, String detail,
                         String remedy, long durationMillis, Map<String, String> evidence, String runId,
                         Instant ranAt) {

    public CheckEntry {
        // sorted, so every format lists the evidence in the same order on every run
        evidence = Collections.unmodifiableMap(new TreeMap<>(evidence));
    }

    static CheckEntry of(CheckResult result, JournalEntry run, SecretMask mask) {
        CheckResult masked = result.masked(mask::apply);
        return new CheckEntry(keyOf(masked), masked.id(), masked.target(), masked.status(), masked.summary(),
                masked.detail(), masked.remedy(), masked.durationMillis(), masked.evidence(), run.runId(),
                run.finishedAt());
    }

    /** What makes two results the same check: its id and its target. */
    static String keyOf(CheckResult result) {
        return result.id().value() + "@" + result.target();
    }

    @JsonIgnore
    CheckResult toResult() {
        return new CheckResult(id, target, status, summary, detail, remedy, durationMillis, evidence);
    }
}
