package org.clusterwright.cluster.health;

import java.net.URI;

/** Where a node's health answers: {@code /health} and {@code /health/json} below its base URL, which may have a path. */
public final class HealthUrls {
    private HealthUrls() {
    }

    public static URI health(String baseUrl) {
        return below(baseUrl, "health");
    }

    /** The node's web root: its base URL itself. */
    public static URI root(String baseUrl) {
        return below(baseUrl, "");
    }

    public static URI healthJson(String baseUrl) {
        return below(baseUrl, "health/json");
    }

    private static URI below(String baseUrl, String path) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("no base URL is given");
        }
        String base = baseUrl.strip();
        URI uri = URI.create(base.endsWith("/") ? base : base + "/");
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("it has no host name");
        }
        return uri.resolve(path);
    }
}
