package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One check's result as the report shows it. {@code key} is {@code id@target}, unique within a report (a second
 * result of the same check on the same target gets {@code #2}), so a script can address one line.
 */
@JsonPropertyOrder({"key", "id", "target", "status", "summary", "detail", "remedy", "durationMillis", "evidence"})
public record CheckEntry(String key, CheckId id, String target, Status status, String summary, String detail,
                         String remedy, long durationMillis, Map<String, String> evidence) {

    public CheckEntry {
        // sorted, so every format lists the evidence in the same order on every run
        evidence = Collections.unmodifiableMap(new TreeMap<>(evidence));
    }

    static CheckEntry of(String key, CheckResult result, SecretMask mask) {
        Map<String, String> evidence = new TreeMap<>();
        result.evidence().forEach((name, value) -> evidence.put(mask.apply(name), mask.apply(value)));
        return new CheckEntry(key, result.id(), mask.apply(result.target()), result.status(),
                mask.apply(result.summary()), mask.apply(result.detail()), mask.apply(result.remedy()),
                result.durationMillis(), evidence);
    }

    @JsonIgnore
    CheckResult toResult() {
        return new CheckResult(id, target, status, summary, detail, remedy, durationMillis, evidence);
    }
}
