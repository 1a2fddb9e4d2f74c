package org.clusterwright.report;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeRole;
import org.clusterwright.profile.Profile;
import org.clusterwright.Version;
import org.clusterwright.journal.JournalContents;
import org.clusterwright.journal.JournalEntry;
import org.clusterwright.secrets.SecretMask;

import java.time.Instant;
import java.util.List;

/**
 * The report's header from the profile and the journal. Only what identifies the cluster goes in: no
 * connection string (it may carry a password a user pasted), no account names, and the key by fingerprint.
 */
final class ReportHeaders {
    private ReportHeaders() {
    }

    static ReportHeader of(Profile profile, JournalContents journal, SecretMask mask, String preparedBy,
                           Instant preparedAt) {
        List<ReportHeader.Node> nodes = profile.getNodes().stream().map(node -> node(node, mask)).toList();
        String fingerprint = profile.getEncryptionKey().getFingerprint();
        return new ReportHeader(profile.getId(), mask.apply(text(profile.getName())),
                profile.getProduct().displayName(), profile.getVersionLine().displayName(),
                profile.getDatabase().getKind() == null ? "" : profile.getDatabase().getKind().displayName(),
                mask.apply(text(profile.getStorage().getPath())), mask.apply(text(profile.getLoadBalancer().getUrl())),
                mask.apply(text(fingerprint)), nodes, text(preparedBy), preparedAt, Version.get(), runs(journal),
                journal.since().orElse(null), journal.notes());
    }

    private static ReportHeader.Run runs(JournalContents journal) {
        List<JournalEntry> runs = journal.entries();
        if (runs.isEmpty()) {
            return new ReportHeader.Run(null, null, "");
        }
        JournalEntry last = runs.get(runs.size() - 1);
        return new ReportHeader.Run(runs.get(0).startedAt(), last.finishedAt(), last.toolVersion());
    }

    private static ReportHeader.Node node(ClusterNode node, SecretMask mask) {
        List<String> roles = node.getRoles().stream().sorted().map(NodeRole::id).toList();
        return new ReportHeader.Node(mask.apply(node.targetName()), mask.apply(text(node.getHost())),
                node.getAccess() == null ? "" : node.getAccess().id(), mask.apply(text(node.getBaseUrl())), roles,
                node.isHaEnabled());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
