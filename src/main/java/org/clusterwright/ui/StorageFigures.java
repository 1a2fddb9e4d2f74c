package org.clusterwright.ui;

import org.clusterwright.check.CheckResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The storage probe's measured figures in one line, read from the evidence of its results. */
final class StorageFigures {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private StorageFigures() {
    }

    /** Empty before a probe measured anything. */
    static String describe(List<CheckResult> results) {
        List<String> parts = new ArrayList<>();
        evidence(results, "storage.session").ifPresent(e -> parts.add(e.getOrDefault("dialect", "SMB")
                + (isTrue(evidence(results, "storage.login"), "sessionEncrypted")
                ? ", encrypted" + (e.getOrDefault("cipher", "").isBlank() ? "" : " (" + e.get("cipher") + ")")
                : ", not encrypted")));
        evidence(results, "storage.space").filter(e -> e.containsKey("freeBytes")).ifPresent(e -> parts.add(
                gib(e.get("freeBytes")) + " free of " + gib(e.get("totalBytes"))));
        evidence(results, "storage.latency").filter(e -> e.containsKey("medianMillis")).ifPresent(e -> parts.add(
                "write latency " + e.get("medianMillis") + " ms (median of " + e.getOrDefault("writes", "?") + ")"));
        evidence(results, "storage.throughput").filter(e -> e.containsKey("writeMiBps")).ifPresent(e -> parts.add(
                "write " + e.get("writeMiBps") + " MiB/s, read " + e.get("readMiBps") + " MiB/s"));
        return String.join(" · ", parts);
    }

    private static Optional<Map<String, String>> evidence(List<CheckResult> results, String id) {
        return results.stream().filter(r -> r.id().value().equals(id)).map(CheckResult::evidence).findFirst();
    }

    private static boolean isTrue(Optional<Map<String, String>> evidence, String key) {
        return evidence.map(e -> Boolean.parseBoolean(e.get(key))).orElse(false);
    }

    private static String gib(String bytes) {
        try {
            return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(bytes) / GIB);
        } catch (NumberFormatException | NullPointerException e) {
            return "?";
        }
    }
}
