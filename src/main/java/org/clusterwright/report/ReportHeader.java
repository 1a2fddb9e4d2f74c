package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * Who and what the report is about. {@code preparedBy} and {@code preparedAt} say who rendered it; {@code checks}
 * says when the results it renders were produced, and by which Clusterwright, since the two may differ.
 *
 * @param keyFingerprint the fingerprint of the cluster's EncryptionKey as the profile records it; never the key
 */
@JsonPropertyOrder({"profileId", "profileName", "product", "versionLine", "databaseKind", "storagePath",
        "loadBalancerUrl", "keyFingerprint", "nodes", "preparedBy", "preparedAt", "toolVersion", "checks"})
public record ReportHeader(String profileId, String profileName, String product, String versionLine,
                           String databaseKind, String storagePath, String loadBalancerUrl, String keyFingerprint,
                           List<Node> nodes, String preparedBy, Instant preparedAt, String toolVersion, Run checks) {

    public ReportHeader {
        nodes = List.copyOf(nodes);
    }

    /** A node as the profile describes it; how it is reached, never its credentials. */
    @JsonPropertyOrder({"name", "host", "access", "baseUrl", "roles", "inCluster"})
    public record Node(String name, String host, String access, String baseUrl, List<String> roles,
                       boolean inCluster) {
        public Node {
            roles = List.copyOf(roles);
        }
    }

    /** The check run whose results the report renders. */
    @JsonPropertyOrder({"startedAt", "finishedAt", "toolVersion"})
    public record Run(Instant startedAt, Instant finishedAt, String toolVersion) {
    }
}
