package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.check.RunSummary;
import org.clusterwright.check.Status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable form of a check run, the contract scripts rely on. Check ids and status names are stable;
 * fields may be added in later schema versions, never renamed.
 */
@JsonPropertyOrder({"schemaVersion", "tool", "profile", "startedAt", "finishedAt", "summary", "results"})
public record ResultsDocument(int schemaVersion, Tool tool, ProfileInfo profile, Instant startedAt,
                              Instant finishedAt, Summary summary, List<CheckResult> results) {
    public static final int SCHEMA_VERSION = 1;

    public static ResultsDocument of(String toolVersion, String profileId, String profileName, Instant startedAt,
                                     Instant finishedAt, List<CheckResult> results) {
        RunSummary summary = RunSummary.of(results);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            counts.put(status.name().toLowerCase(Locale.ROOT), summary.count(status));
        }
        return new ResultsDocument(SCHEMA_VERSION, new Tool("Clusterwright", toolVersion),
                new ProfileInfo(profileId, profileName), startedAt, finishedAt,
                new Summary(summary.worst(), counts, ExitCodes.of(summary)), List.copyOf(results));
    }

    public record Tool(String name, String version) {
    }

    public record ProfileInfo(String id, String name) {
    }

    @JsonPropertyOrder({"worst", "counts", "exitCode"})
    public record Summary(Status worst, Map<String, Integer> counts, int exitCode) {
    }
}
