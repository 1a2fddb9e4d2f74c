package org.clusterwright.cluster.verify;

import java.time.Duration;

/**
 * How the verify step probes: the time budget of one node's health exchange, and how many requests go through the
 * load balancer. Both come from the run's per-check deadline unless chosen.
 */
public record VerifyOptions(Duration healthTimeout, int balancerRequests) {
    public static final int DEFAULT_BALANCER_REQUESTS = 30;

    public VerifyOptions {
        if (healthTimeout == null || healthTimeout.isZero() || healthTimeout.isNegative()) {
            throw new IllegalArgumentException("the health timeout must be positive, not " + healthTimeout);
        }
        if (balancerRequests < 1) {
            throw new IllegalArgumentException("at least one request must go through the balancer, not " + balancerRequests);
        }
    }

    /**
     * Defaults for a run whose checks each have {@code deadline}: the probes keep a fifth of it in hand, so they
     * report their own clear timeout before the runner cuts them off.
     */
    public static VerifyOptions forDeadline(Duration deadline) {
        return new VerifyOptions(deadline.multipliedBy(4).dividedBy(5), DEFAULT_BALANCER_REQUESTS);
    }

    public VerifyOptions withBalancerRequests(int requests) {
        return new VerifyOptions(healthTimeout, requests);
    }
}
