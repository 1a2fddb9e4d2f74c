package org.clusterwright.check;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** One check's verdict on one target. This is what the GUI grid, the JSON output and the report all render. */
@JsonPropertyOrder({"id", "target", "status", "summary", "detail", "remedy", "durationMillis", "evidence"})
public record CheckResult(CheckId id, String target, Status status, String summary, String detail, String remedy,
                          long durationMillis, Map<String, String> evidence) {

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        detail = detail == null ? "" : detail;
        remedy = remedy == null ? "" : remedy;
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }

    public static CheckResult of(CheckId id, String target, Outcome outcome, Duration took) {
        return new CheckResult(id, target, outcome.status(), outcome.summary(), outcome.detail(), outcome.remedy(),
                took.toMillis(), outcome.evidence());
    }

    /** This result with every text (evidence names and values too) passed through {@code mask}. */
    public CheckResult masked(UnaryOperator<String> mask) {
        Map<String, String> maskedEvidence = new LinkedHashMap<>();
        evidence.forEach((name, value) -> maskedEvidence.put(mask.apply(name), mask.apply(value)));
        return new CheckResult(id, mask.apply(target), status, mask.apply(summary), mask.apply(detail),
                mask.apply(remedy), durationMillis, maskedEvidence);
    }

    public Duration duration() {
        return Duration.ofMillis(durationMillis);
    }
}
