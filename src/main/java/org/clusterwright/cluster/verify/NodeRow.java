package org.clusterwright.cluster.verify;

/**
 * One node's line in the Verify grid: in the cluster or drained, its health in a word with the statuses behind it,
 * its version and its key fingerprint. Empty strings mean "not known" (not read, or not reported by the product).
 */
public record NodeRow(String target, boolean inCluster, Health health, String database, String license, String service,
                      String version, String keyFingerprint, String problem) {

    public enum Health {
        /** Not answered yet (the run is still going). */
        PENDING,
        HEALTHY,
        UNHEALTHY,
        /** No answer at all: refused, timed out, unknown host. */
        UNREACHABLE,
        /** The node answered 404 at /health (Otter documents none). */
        NO_ENDPOINT
    }
}
