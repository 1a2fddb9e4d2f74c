package org.clusterwright.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The phrases the Markdown and HTML forms share, so a reader of either sees the same words. */
final class ReportText {
    static final String SECRECY_NOTE = "This report holds key fingerprints and references only: no key, password or"
            + " connection string. Ticks on manual items are the administrator's word; the checks prove the result.";
    static final String NO_CHECKS = "No check of this step is in the journal.";
    static final String RUNS_TITLE = "Runs recorded";
    static final String NOTES_TITLE = "Left out of this report";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportText() {
    }

    static String title(ChecklistReport report) {
        String name = report.header().profileName();
        return "Cluster checklist: " + (name.isBlank() ? report.header().profileId() : name);
    }

    /** The header's facts as label and value, in the order both forms show them. */
    static List<Map.Entry<String, String>> facts(ReportHeader header) {
        return List.of(
                Map.entry("Profile", header.profileName() + " (" + header.profileId() + ")"),
                Map.entry("Product", productLine(header)),
                Map.entry("Database", orDash(header.databaseKind())),
                Map.entry("Shared storage", orDash(header.storagePath())),
                Map.entry("Load balancer", orDash(header.loadBalancerUrl())),
                Map.entry("EncryptionKey fingerprint", orDash(header.keyFingerprint())),
                Map.entry("Runs recorded", header.checks().startedAt() == null ? "none"
                        : when(header.checks().startedAt()) + " to " + when(header.checks().finishedAt())
                        + ", the latest with Clusterwright " + orDash(header.checks().toolVersion())
                        + (header.since() == null ? "" : "; since " + when(header.since()))),
                Map.entry("Report prepared", "by " + orDash(header.preparedBy()) + ", " + when(header.preparedAt())
                        + ", Clusterwright " + header.toolVersion()));
    }

    /** What ran, as the runs table and a change name it: "apply (command line)". */
    static String ran(RunEntry run) {
        return run.action() + " (" + run.face() + ")";
    }

    /** The outcome of a run in a few words: its worst status and how many results and changes it had. */
    static String outcome(RunEntry run) {
        String results = run.results() + (run.results() == 1 ? " result" : " results");
        return (run.worst().isEmpty() ? "" : run.worst() + ", ") + results
                + (run.changes() == 0 ? "" : ", " + run.changes() + (run.changes() == 1 ? " change" : " changes"));
    }

    /** When and by whom a change was made, and in which run. */
    static String madeBy(ChangeEntry change) {
        return when(change.at()) + " by " + orDash(change.by()) + " (" + change.action() + ", run " + change.runId() + ")";
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    static String productLine(ReportHeader header) {
        return header.product() + ", version line " + header.versionLine();
    }

    /** UTC, so a report read in another time zone means the same moment. */
    static String when(Instant instant) {
        return instant == null ? "unknown" : WHEN.format(instant);
    }

    static String duration(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The one sentence that says how the run ended, in the exit code's terms. */
    static String verdict(ReportSummary summary) {
        if (summary.total() == 0) {
            return "The journal holds no results: run 'clusterwright check' for the steps to report on.";
        }
        return switch (summary.worst()) {
            case PASS -> "Every check passed.";
            case SKIP, WARN -> "Nothing failed, but there are warnings or checks that were skipped.";
            case FAIL, ERROR -> "At least one check failed or could not run.";
        } + " Exit code " + summary.exitCode() + ".";
    }

    static String manualCounts(ReportSummary summary) {
        return summary.manualOpen() + " open, " + summary.manualDone() + " done";
    }

    static String nodeRoles(ReportHeader.Node node) {
        return (node.roles().isEmpty() ? "-" : String.join(", ", node.roles()))
                + (node.inCluster() ? "" : " (drained)");
    }

    static String evidence(Map<String, String> evidence) {
        return evidence.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }

    static String done(ManualItem item) {
        return item.done() ? "Done" + (item.doneAt().isBlank() ? "" : " (ticked " + item.doneAt() + ")") : "Open";
    }

    static String backup(ChangeEntry change) {
        return change.backup().isBlank() ? "none" : change.backup();
    }

    static String nodes(List<ReportHeader.Node> nodes) {
        return nodes.size() + (nodes.size() == 1 ? " node" : " nodes");
    }
}
