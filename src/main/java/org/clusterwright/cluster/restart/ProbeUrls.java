package org.clusterwright.cluster.restart;

import org.clusterwright.cluster.health.HealthUrls;

import java.util.Optional;

/** Where a wait for a node asks: its {@code /health}, and its web root for when {@code /health} answers 404. */
public record ProbeUrls(String health, String root) {

    /** The addresses below {@code baseUrl}, when it is usable. */
    public static Optional<ProbeUrls> below(String baseUrl) {
        try {
            return Optional.of(new ProbeUrls(HealthUrls.health(baseUrl).toString(), HealthUrls.root(baseUrl).toString()));
        } catch (IllegalArgumentException noUsableUrl) {
            return Optional.empty();
        }
    }
}
