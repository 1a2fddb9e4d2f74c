package org.clusterwright.cluster.health;

/** Which of the documented shapes a node's health answer had. */
public enum HealthFormat {
    /** ProGet 2026 and newer: {@code OK} with 200, or the problem in plain text with 500. */
    PLAIN_TEXT,
    /** The JSON object of ProGet 2025 and older, of {@code /health/json}, and of BuildMaster. */
    JSON,
    /** 404: the product has no health endpoint (Otter is not documented to have one). */
    NOT_FOUND,
    /** Something else: an HTML error page, a stack trace, an unexpected status. */
    UNRECOGNISED
}
