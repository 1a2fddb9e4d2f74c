package org.clusterwright.cluster.health;

import java.net.URI;
import java.util.Optional;

/** A probe's result: the parsed report when the node answered at all, else why it did not; and how long it took. */
public record HealthAnswer(Optional<URI> url, Optional<HealthReport> report, String unreachable, long millis) {

    static HealthAnswer answered(URI url, HealthReport report, long millis) {
        return new HealthAnswer(Optional.of(url), Optional.of(report), "", millis);
    }

    static HealthAnswer unreachable(String why, long millis) {
        return new HealthAnswer(Optional.empty(), Optional.empty(), why, millis);
    }

    public boolean healthy() {
        return report.map(HealthReport::healthy).orElse(false);
    }

    /** What the node said in a few words: its problem, else its HTTP status; or why it did not answer. */
    public String inWords() {
        return report.map(r -> r.problem().isEmpty() ? "HTTP " + r.httpStatus() : r.problem()).orElse(unreachable);
    }

    public String version() {
        return report.map(HealthReport::version).orElse("");
    }
}
