package org.clusterwright.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a check reports, before the runner stamps it with id, target and duration. Failures and warnings carry a
 * remedy a person can act on; evidence holds the figures and facts behind the verdict.
 */
public record Outcome(Status status, String summary, String detail, String remedy, Map<String, String> evidence) {

    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        detail = detail == null ? "" : detail;
        remedy = remedy == null ? "" : remedy;
        evidence = evidence == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(evidence));
        if ((status == Status.FAIL || status == Status.WARN) && remedy.isBlank()) {
            throw new IllegalArgumentException("a " + status + " outcome must say what to do: " + summary);
        }
    }

    public static Outcome pass(String summary) {
        return new Outcome(Status.PASS, summary, "", "", Map.of());
    }

    public static Outcome warn(String summary, String remedy) {
        return new Outcome(Status.WARN, summary, "", remedy, Map.of());
    }

    public static Outcome fail(String summary, String remedy) {
        return new Outcome(Status.FAIL, summary, "", remedy, Map.of());
    }

    public static Outcome skip(String reason) {
        return new Outcome(Status.SKIP, reason, "", "", Map.of());
    }

    public static Outcome error(String summary, String remedy) {
        return new Outcome(Status.ERROR, summary, "", remedy, Map.of());
    }

    public Outcome withDetail(String newDetail) {
        return new Outcome(status, summary, newDetail, remedy, evidence);
    }

    public Outcome withRemedy(String newRemedy) {
        return new Outcome(status, summary, detail, newRemedy, evidence);
    }

    public Outcome withEvidence(String key, Object value) {
        Map<String, String> more = new LinkedHashMap<>(evidence);
        more.put(key, String.valueOf(value));
        return new Outcome(status, summary, detail, remedy, more);
    }
}
