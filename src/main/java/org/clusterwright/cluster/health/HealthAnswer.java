package org.clusterwright.cluster.health;

import java.net.URI;
import java.util.Optional;

/**
 * A probe's result: the parsed report when the node answered at all, else why it did not; how long it took; and,
 * when {@code /health} answered 404, what the node's web root answered ({@code webRootStatus}, 0 when it was not
 * asked or did not answer). {@code productHeader} is ProGet's {@code X-ProGet-Version} header, when a response had it.
 */
public record HealthAnswer(Optional<URI> url, Optional<HealthReport> report, String unreachable, long millis,
                           int webRootStatus, String productHeader) {

    public HealthAnswer {
        productHeader = productHeader == null ? "" : productHeader;
    }

    static HealthAnswer answered(URI url, HealthReport report, long millis, int webRootStatus, String productHeader) {
        return new HealthAnswer(Optional.of(url), Optional.of(report), "", millis, webRootStatus, productHeader);
    }

    static HealthAnswer unreachable(String why, long millis) {
        return new HealthAnswer(Optional.empty(), Optional.empty(), why, millis, 0, "");
    }

    public boolean healthy() {
        return report.map(HealthReport::healthy).orElse(false);
    }

    /** {@code /health} answered 404 (the product has none, or the base URL is not the product's root). */
    public boolean noHealthEndpoint() {
        return report.map(r -> r.format() == HealthFormat.NOT_FOUND).orElse(false);
    }

    /**
     * The node is back: healthy, or, where {@code /health} answers 404 (Otter documents none), its web root answers
     * 200 to 399. What a restart waits for: a probe every node really answers.
     */
    public boolean alive() {
        return healthy() || noHealthEndpoint() && webRootStatus >= 200 && webRootStatus < 400;
    }

    /** What the node said in a few words: its problem, else its HTTP status; or why it did not answer. */
    public String inWords() {
        if (noHealthEndpoint() && webRootStatus > 0) {
            return "no /health (404); its web root answered HTTP " + webRootStatus;
        }
        return report.map(r -> r.problem().isEmpty() ? "HTTP " + r.httpStatus() : r.problem()).orElse(unreachable);
    }

    /** The version the node named: its health answer's, else ProGet's version header. */
    public String version() {
        String reported = report.map(HealthReport::version).orElse("");
        return reported.isEmpty() ? productHeader : reported;
    }
}
