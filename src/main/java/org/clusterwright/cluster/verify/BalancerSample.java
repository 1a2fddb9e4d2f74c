package org.clusterwright.cluster.verify;

import java.util.List;

/**
 * One request through the balancer: the HTTP status (0 when there was no answer), whether the health answer was good,
 * how long it took, which node served it (empty when the balancer did not say), and cookies that suggest affinity.
 */
public record BalancerSample(int index, int httpStatus, boolean succeeded, long millis, String servedBy, String error,
                             List<String> affinityCookies) {
    public BalancerSample {
        servedBy = servedBy == null ? "" : servedBy;
        error = error == null ? "" : error;
        affinityCookies = List.copyOf(affinityCookies);
    }
}
