package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * Who and what the report is about. {@code preparedBy} and {@code preparedAt} say who rendered it; {@code checks}
 * says when the runs it draws on ran, and the Clusterwright of the latest, since the two may differ.
 *
 * @param keyFingerprint the fingerprint of the cluster's EncryptionKey as the profile records it; never the key
 * @param since          the moment the journal was narrowed to ({@code report --since}); null for the whole journal
 * @param notes          what the journal held that the report leaves out, and why (an incomplete line, another
 *                       profile's runs); empty when nothing was left out
 */
@JsonPropertyOrder({"profileId", "profileName", "product", "versionLine", "databaseKind", "storagePath",
        "loadBalancerUrl", "keyFingerprint", "nodes", "preparedBy", "preparedAt", "toolVersion", "checks", "since",
        "notes"})
public record ReportHeader(String profileId, String profileName, String product, String versionLine,
                           String databaseKind, String storagePath, String loadBalancerUrl, String keyFingerprint,
                           List<Node> nodes, String preparedBy, Instant preparedAt, String toolVersion, Run checks,
                           Instant since, List<String> notes) {

    public ReportHeader {
        nodes = List.copyOf(nodes);
        notes = List.copyOf(notes);
    }

    /** A node as the profile describes it; how it is reached, never its credentials. */
    @JsonPropertyOrder({"name", "host", "access", "baseUrl", "roles", "inCluster"})
    public record Node(String name, String host, String access, String baseUrl, List<String> roles,
                       boolean inCluster) {
        public Node {
            roles = List.copyOf(roles);
        }
    }

    /** The runs the report draws on: when the first started, when the last ended, and the last one's Clusterwright. */
    @JsonPropertyOrder({"startedAt", "finishedAt", "toolVersion"})
    public record Run(Instant startedAt, Instant finishedAt, String toolVersion) {
    }
}
